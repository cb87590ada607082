/** A catalogue of the same keys as ``T``'s, each message a string. */
export type Catalogue<T> = { [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
