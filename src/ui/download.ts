/** Handing a file to the browser as a download, from any extension page. */

/** Hands any value to the browser as a JSON download named `name` (`type` its media type); returns the name. */
export function downloadJson(value: unknown, name: string, type = 'application/json'): string {
  const blob = new Blob([JSON.stringify(value, null, 2) + '\n'], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
