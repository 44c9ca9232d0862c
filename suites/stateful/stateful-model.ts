import fc from 'fast-check';
import type { Violation } from '../../src/run/check-context.js';
import { aloneWhenAsked } from '../../src/run/concurrent-cases.js';
import { requirement } from '../../src/run/requirement.js';
import { CreateUser, ListNewest, ModelViolation, ReadUnknown, ReadUser, UpdateUser, userCommands, type RealSystem, type UserModel } from './user-commands.js';
import { docsPatch, unlikelyId } from '../support/users.js';

/**
 * One command sequence, as a property's value. Its JSON (the report's
 * counterexample) is the commands that ran, in order.
 */
class Sequence {
  /** The commands of the last run, as run (with the user ids they picked). */
  ran: string[] = [];
  /** Whether it creates users: only then can it matter to a sequence that lists its own. */
  readonly creates: boolean;
  /** Whether it lists users after creating one: only then do other sequences' creates matter to it. */
  readonly listsOwnUsers: boolean;
  constructor(readonly commands: Iterable<fc.AsyncCommand<UserModel, RealSystem, boolean>>) {
    // fast-check wraps the commands it generates: their text is the command's.
    const names = [...commands].map(String);
    const firstCreate = names.findIndex((name) => name.startsWith('CreateUser('));
    this.creates = firstCreate >= 0;
    this.listsOwnUsers = this.creates && names.slice(firstCreate).includes(String(new ListNewest()));
  }
  toJSON(): string {
    return this.ran.join(' → ');
  }
  toString(): string {
    return this.toJSON();
  }
}

export default requirement({
  id: 'STATEFUL-MODEL',
  level: 'MUST',
  title: 'Random sequences of create, read, update and list agree with a model of the users',
  rule: 'A new user MUST then be readable with GET and listed by GET /v1/users; PATCH changes only the fields sent and a later GET shows the same values; an id that no user has: 404.',
  contract: ['POST /v1/users — create', 'GET /v1/users/{userId} — read', 'PATCH /v1/users/{userId} — update', 'GET /v1/users — list'],
  operations: ['createUser', 'getUser', 'updateUser', 'listUsers'],
  writes: true,
  property: true,
  async run(ctx) {
    const commands = fc.commands(userCommands(ctx), { maxCommands: 8 }).map((cmds) => new Sequence(cmds));
    // Tried first, every run: the docs' flow with a read after the update, then the list and an unknown id.
    const docs = ctx.validCreateBody();
    delete docs.email;
    const example = new Sequence([
      new CreateUser(docs as ConstructorParameters<typeof CreateUser>[0]),
      new UpdateUser(0, docsPatch(ctx)),
      new ReadUser(0),
      new ListNewest(),
      new ReadUnknown(fc.sample(unlikelyId(ctx.runId), { seed: ctx.seed, numRuns: 1 })[0]),
    ]);
    // Sequences run at once, each on users of its own (its model starts empty), their commands in order (each
    // command's expectation is the model after the one before). But one that lists its own users runs alone: another
    // sequence's create between its own create and its list would hide a target that leaves the newest user off the list.
    const turns = aloneWhenAsked();
    // The total the check's last list saw: it only places the next list's window (one that misses the end is read again after a fresh total).
    const listed = {};
    return ctx.property(
      commands,
      (sequence) => {
        const run = async (): Promise<Violation | undefined> => {
          const real: RealSystem = { ctx, ran: [], listed };
          sequence.ran = real.ran;
          try {
            await fc.asyncModelRun(() => ({ model: { users: [] } as UserModel, real }), sequence.commands);
            return undefined;
          } catch (error) {
            if (!(error instanceof ModelViolation)) throw error;
            return { message: `${error.message} — after ${real.ran.join(' → ')}`, exchange: error.exchange };
          }
        };
        // One that creates nobody disturbs no other.
        return sequence.creates ? turns.run(sequence.listsOwnUsers, run) : run();
      },
      { runs: 1 + Math.max(1, Math.floor(ctx.runs / 2)), examples: [example] },
    );
  },
});
