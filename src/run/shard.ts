/** Part `index` (1-based) of `count` parts of a run: `--shard=I/N`. */
export interface Shard {
  index: number;
  count: number;
}
