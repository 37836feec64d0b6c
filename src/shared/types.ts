/** The engine's answer types, shared by every context. */
export type * from '../core/analysis';
