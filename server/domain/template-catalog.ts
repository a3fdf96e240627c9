import type { Stakeholder, WhatsappTemplate } from '../../src/contract';
import type { Db } from '../db/database';
import { unprocessable } from './domain-error';

interface TemplateRow extends Omit<WhatsappTemplate, 'variables'> {
  variables: string;
}

const PLACEHOLDER = /\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/gi;
/** `Hi {{customer_name}}` opening a body: a greeting whose name may be left out ("Hi, …"). */
const GREETING_NAME = /^(\s*(?:hi|hello|dear))\s+\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/i;

/** WhatsApp templates per stakeholder, and their rendering. */
export class TemplateCatalog {
  constructor(private readonly db: Db) {}

  /** Templates for one kind of stakeholder, by name. */
  list(stakeholder: Stakeholder): WhatsappTemplate[] {
    const rows = this.db
      .prepare('SELECT * FROM templates WHERE stakeholder = ? ORDER BY name')
      .all(stakeholder) as TemplateRow[];
    return rows.map(toTemplate);
  }

  /** A template by id, or null. */
  byId(templateId: string): WhatsappTemplate | null {
    const row = this.db.prepare('SELECT * FROM templates WHERE template_id = ?').get(templateId);
    return row ? toTemplate(row as TemplateRow) : null;
  }

  /** A template by its WhatsApp name, or null. */
  byName(name: string): WhatsappTemplate | null {
    const row = this.db.prepare('SELECT * FROM templates WHERE name = ?').get(name);
    return row ? toTemplate(row as TemplateRow) : null;
  }
}

/** The `{{variable}}` names of a template body, in order of first use. */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

/**
 * The variable a body opens its greeting with ("Hi {{customer_name}}, …"), or null. It may be left
 * empty for a contact whose name nobody knows: the greeting then reads "Hi, …".
 */
export function greetingVariable(body: string): string | null {
  return GREETING_NAME.exec(body)?.[2] ?? null;
}

/**
 * Fills a template's placeholders; a DomainError names the first variable without a value. The
 * greeting's name (see {@link greetingVariable}) may be empty: "Hi {{customer_name}}," becomes
 * "Hi,", never "Hi WhatsApp 5678,".
 */
export function renderTemplate(
  template: WhatsappTemplate,
  params: Record<string, string>,
  fieldPrefix = 'template_params',
): string {
  const greeted = greetingVariable(template.body);
  const body =
    greeted !== null && !params[greeted]?.trim()
      ? template.body.replace(GREETING_NAME, '$1')
      : template.body;
  const required = new Set([
    ...template.variables.filter((variable) => variable !== greeted),
    ...templateVariables(body),
  ]);
  for (const variable of required) {
    const value = params[variable];
    if (value === undefined || value.trim() === '') {
      throw unprocessable(
        'template_variable_missing',
        `The template "${template.name}" needs a value for {{${variable}}}. Fill it in and send again.`,
        `${fieldPrefix}.${variable}`,
      );
    }
  }
  return body.replace(PLACEHOLDER, (_, name: string) => params[name].trim());
}

function toTemplate(row: TemplateRow): WhatsappTemplate {
  return { ...row, variables: JSON.parse(row.variables) as string[] };
}
