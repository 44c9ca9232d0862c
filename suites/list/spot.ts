/**
 * Where a generated page starts, relative to the collection's size at the
 * moment it is sent (the total is only known at run time and grows while
 * other checks append users). `ppm` is a random spot in parts per million of
 * `total + limit`, so it also lands past the end.
 */
export type Spot = 'zero' | 'one' | 'last' | 'end' | 'past' | 'past-limit' | 'end-minus-limit' | 'end-minus-2-limits' | { ppm: number };
