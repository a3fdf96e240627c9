import { checkQuickReplies, loadQuickReplies } from './quick-reply-file';

const GOOD = {
  replies: [
    {
      id: 'where-is-my-cab',
      title: 'Where is my cab?',
      body: 'Hi {customer_name}, {driver_name}.',
    },
    { id: 'refund', title: 'Refund', body: 'Refunds take 5-7 working days.' },
  ],
};

function respond(status: number, body: string): typeof fetch {
  return jasmine
    .createSpy('fetch')
    .and.callFake(() => Promise.resolve(new Response(body, { status })));
}

describe('quick-replies.json', () => {
  it('accepts a good file', () => {
    const check = checkQuickReplies(GOOD);
    expect(check.problems).toEqual([]);
    expect(check.replies.map((r) => r.title)).toEqual(['Where is my cab?', 'Refund']);
  });

  it('names each bad entry and keeps the good ones', () => {
    const check = checkQuickReplies({
      replies: [
        GOOD.replies[0],
        { id: 'refund', title: '', body: 'x' },
        { id: 'eta', title: 'ETA', body: 'Your {drivr_name} is near.' },
        { id: 'where-is-my-cab', title: 'Again', body: 'y' },
        'text',
      ],
    });
    expect(check.replies.map((r) => r.id)).toEqual(['where-is-my-cab']);
    expect(check.problems).toEqual([
      jasmine.stringContaining('Reply 2 ("refund"): "title" is missing'),
      jasmine.stringContaining('Reply 3 ("eta"): "body" uses {drivr_name}'),
      jasmine.stringContaining(
        'Reply 4 ("where-is-my-cab"): the id "where-is-my-cab" is used twice',
      ),
      jasmine.stringContaining('Reply 5 must be an object'),
    ]);
  });

  it('refuses a file without a replies list', () => {
    expect(checkQuickReplies([GOOD.replies[0]]).problems).toEqual([
      'quick-replies.json must hold an object with a "replies" list.',
    ]);
  });

  it('loads same-origin, asking the server whether the file changed', async () => {
    const fetchFn = respond(200, JSON.stringify(GOOD));
    const check = await loadQuickReplies(fetchFn);
    expect(check.replies.length).toBe(2);
    expect(fetchFn).toHaveBeenCalledWith('quick-replies.json', {
      cache: 'no-cache',
      credentials: 'same-origin',
    });
  });

  it('says a missing file is not deployed, and that own replies still work', async () => {
    const check = await loadQuickReplies(respond(404, 'Not found'));
    expect(check.replies).toEqual([]);
    expect(check.problems[0]).toContain('HTTP 404');
    expect(check.problems[0]).toContain('Your own replies still work');
  });

  it('reports a file that is not JSON, or a network failure', async () => {
    expect((await loadQuickReplies(respond(200, '{oops'))).problems[0]).toContain('not valid JSON');
    const offline = jasmine.createSpy('fetch').and.rejectWith(new TypeError('offline'));
    expect((await loadQuickReplies(offline)).problems[0]).toContain('could not be loaded');
  });
});
