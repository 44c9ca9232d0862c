import { requirement } from '../../src/run/requirement.js';

export default requirement({
  id: 'UPDATE-EMPTY-422',
  level: 'MUST',
  title: 'An empty PATCH body answers 422',
  rule: 'PATCH: at least one writable field must be sent; an empty object: 422.',
  contract: ['PATCH /v1/users/{userId} — update'],
  operations: ['createUser', 'updateUser'],
  writes: true,
  async run(ctx) {
    const { userId } = await ctx.createUser();
    const exchange = await ctx.send('updateUser', { pathParams: { userId }, body: {} });
    return ctx.expectStatus(exchange, [422], `PATCH /v1/users/${userId} {}`);
  },
});
