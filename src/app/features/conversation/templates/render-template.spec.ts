import {
  missingValues,
  optionalGreeting,
  placeholdersOf,
  renderTemplate,
  templateFields,
  templateSegments,
} from './render-template';

describe('render-template', () => {
  const body =
    'Hi {{customer_name}}, booking {{ booking_id }} is confirmed. Thanks {{customer_name}}!';

  it('replaces every placeholder that has a value, including repeats and inner spaces', () => {
    expect(renderTemplate(body, { customer_name: 'Ravi', booking_id: 'OW123' })).toBe(
      'Hi Ravi, booking OW123 is confirmed. Thanks Ravi!',
    );
  });

  it('leaves placeholders without a value visible as {{name}}', () => {
    expect(renderTemplate(body, { customer_name: 'Ravi' })).toBe(
      'Hi Ravi, booking {{booking_id}} is confirmed. Thanks Ravi!',
    );
  });

  it('treats blank values as missing and trims the others', () => {
    expect(renderTemplate('A {{x}} B {{y}}', { x: '   ', y: '  7 ' })).toBe('A {{x}} B 7');
  });

  it('keeps markup in values and bodies as plain text', () => {
    const rendered = renderTemplate('<b>{{name}}</b>', { name: '<img src=x onerror=alert(1)>' });
    expect(rendered).toBe('<b><img src=x onerror=alert(1)></b>');
    const segments = templateSegments('<b>{{name}}</b>', { name: '<i>x</i>' });
    expect(segments).toEqual([
      { kind: 'text', text: '<b>' },
      { kind: 'value', name: 'name', text: '<i>x</i>' },
      { kind: 'text', text: '</b>' },
    ]);
  });

  it('marks missing placeholders as their own segments', () => {
    expect(templateSegments('Hi {{a}}, pay {{b}}.', { a: 'Ravi' })).toEqual([
      { kind: 'text', text: 'Hi ' },
      { kind: 'value', name: 'a', text: 'Ravi' },
      { kind: 'text', text: ', pay ' },
      { kind: 'missing', name: 'b', text: '{{b}}' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('does not treat a value that looks like a placeholder as one', () => {
    expect(renderTemplate('{{a}} and {{b}}', { a: '{{b}}', b: 'B' })).toBe('{{b}} and B');
  });

  it('leaves text without placeholders untouched and handles an empty body', () => {
    expect(renderTemplate('No variables here { not one }', {})).toBe(
      'No variables here { not one }',
    );
    expect(templateSegments('', {})).toEqual([]);
  });

  it('greets plainly when the greeting has no name, and never drops a name used again', () => {
    const followUp = 'Hi {{customer_name}}, we are following up on {{booking_id}}.';
    expect(optionalGreeting(followUp)).toBe('customer_name');
    expect(renderTemplate(followUp, { booking_id: 'OW1' })).toBe('Hi, we are following up on OW1.');
    expect(renderTemplate(followUp, { customer_name: 'Ravi', booking_id: 'OW1' })).toBe(
      'Hi Ravi, we are following up on OW1.',
    );
    expect(optionalGreeting(body)).toBeNull();
    expect(renderTemplate(body, {})).toBe(
      'Hi {{customer_name}}, booking {{booking_id}} is confirmed. Thanks {{customer_name}}!',
    );
    expect(optionalGreeting('Your booking {{booking_id}}.')).toBeNull();
  });

  it('lists placeholders once, in order of first use', () => {
    expect(placeholdersOf(body)).toEqual(['customer_name', 'booking_id']);
  });

  it('adds placeholders the declared variables forgot', () => {
    expect(templateFields('{{a}} {{b}} {{c}}', ['b', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('names the fields still without a value', () => {
    expect(missingValues(['a', 'b', 'c'], { a: 'x', b: ' ' })).toEqual(['b', 'c']);
  });
});
