/**
 * A value from outside the app's types (a route parameter, a stored string) narrowed to one of
 * the contract's value lists (HALL_LEVELS, ITEM_TYPES …); undefined when it is none of them.
 */
export function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return (values as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}
