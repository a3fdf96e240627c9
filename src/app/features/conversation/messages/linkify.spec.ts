import { MessagePart, linkify } from './linkify';

function joined(parts: MessagePart[]): string {
  return parts.map((p) => p.text).join('');
}

function links(parts: MessagePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'link' ? [p.href] : []));
}

describe('linkify', () => {
  it('returns plain text as one text part', () => {
    expect(linkify('Your cab is on the way')).toEqual([
      { kind: 'text', text: 'Your cab is on the way' },
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(linkify('')).toEqual([]);
  });

  it('turns an https address into a link between text parts', () => {
    expect(linkify('Track it at https://example.test/track?id=42 please')).toEqual([
      { kind: 'text', text: 'Track it at ' },
      {
        kind: 'link',
        text: 'https://example.test/track?id=42',
        href: 'https://example.test/track?id=42',
      },
      { kind: 'text', text: ' please' },
    ]);
  });

  it('links http addresses too, and several in one message', () => {
    const parts = linkify('http://a.test and https://b.test/x');
    expect(links(parts)).toEqual(['http://a.test/', 'https://b.test/x']);
  });

  it('leaves sentence punctuation after an address outside the link', () => {
    const parts = linkify('See https://example.test/faq. Thanks!');
    expect(links(parts)).toEqual(['https://example.test/faq']);
    expect(joined(parts)).toBe('See https://example.test/faq. Thanks!');
  });

  it('keeps a closing bracket outside the link unless the address opened one', () => {
    expect(links(linkify('(https://example.test/a)'))).toEqual(['https://example.test/a']);
    expect(links(linkify('https://example.test/Ride_(city)'))).toEqual([
      'https://example.test/Ride_(city)',
    ]);
  });

  it('keeps javascript: addresses as text', () => {
    const text = 'click javascript:alert(document.cookie)';
    expect(linkify(text)).toEqual([{ kind: 'text', text }]);
  });

  it('keeps data: addresses as text', () => {
    const text = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
    expect(linkify(text)).toEqual([{ kind: 'text', text }]);
  });

  it('keeps other schemes and bare domains as text', () => {
    const text = 'ftp://files.test mailto:a@b.test www.example.test file:///etc/passwd';
    expect(linkify(text)).toEqual([{ kind: 'text', text }]);
  });

  it('does not link an address glued to the end of another word or path', () => {
    expect(links(linkify('xhttps://evil.test'))).toEqual([]);
    expect(links(linkify('javascript://https://evil.test'))).toEqual([]);
  });

  it('keeps markup-looking text as text and out of the href', () => {
    const parts = linkify('https://example.test/<script>alert(1)</script>');
    expect(links(parts)).toEqual(['https://example.test/']);
    expect(joined(parts)).toBe('https://example.test/<script>alert(1)</script>');
  });

  it('keeps an address without a host as text', () => {
    expect(links(linkify('https:// nothing here'))).toEqual([]);
  });

  it('preserves line breaks in the text parts', () => {
    const text = 'Line one\nhttps://example.test\nLine three';
    expect(joined(linkify(text))).toBe(text);
  });
});
