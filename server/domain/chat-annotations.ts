import type { AddNoteRequest, InternalNote, TagRequest, TagUpdate } from '../../src/contract';
import { assertMayActOnChat } from './chat-policy';
import type { Actor, DomainContext } from './domain-context';
import { conflict, notFound, unprocessable } from './domain-error';
import { newId } from './ids';

/** The most tags one chat may carry. */
export const MAX_TAGS_PER_CHAT = 20;

/** Every tag name a chat may carry: the taxonomy's main tags, each followed by its sub tags. */
export function tagCatalog(ctx: DomainContext): string[] {
  const rows = ctx.db
    .prepare(
      `SELECT name FROM (
         SELECT m.name AS name, m.position AS main_pos, -1 AS sub_pos FROM main_tags m
         UNION ALL
         SELECT s.name, m.position, s.position FROM sub_tags s JOIN main_tags m ON m.main_tag_id = s.main_tag_id)
       ORDER BY main_pos, sub_pos`,
    )
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Adds a tag from the taxonomy to a chat. Applying a tag the chat has changes nothing. */
export function applyTag(ctx: DomainContext, actor: Actor, request: TagRequest): TagUpdate {
  return changeTag(ctx, actor, request, 'applied');
}

/** Removes a tag from a chat. Removing a tag the chat lacks changes nothing. */
export function removeTag(ctx: DomainContext, actor: Actor, request: TagRequest): TagUpdate {
  return changeTag(ctx, actor, request, 'removed');
}

function changeTag(
  ctx: DomainContext,
  actor: Actor,
  request: TagRequest,
  action: TagUpdate['action'],
): TagUpdate {
  const now = ctx.clock.now().toISOString();
  const wanted = request.tag.trim().toLowerCase();
  const outcome = ctx.db.transaction(() => {
    const row = ctx.chats.row(request.chat_id);
    if (!row) {
      throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
    }
    assertMayActOnChat(ctx, actor, row.assigned_executive_id, 'change its tags');
    const current = ctx.chats.tags(row.chat_id);
    const tag =
      current.find((name) => name.toLowerCase() === wanted) ??
      tagCatalog(ctx).find((name) => name.toLowerCase() === wanted);
    if (!tag) {
      throw unprocessable(
        'unknown_tag',
        'This tag is not in the tag list: pick one from the list.',
        'tag',
      );
    }
    let changed: boolean;
    if (action === 'applied') {
      if (!current.includes(tag) && current.length >= MAX_TAGS_PER_CHAT) {
        throw conflict(
          'too_many_tags',
          `A chat can carry at most ${MAX_TAGS_PER_CHAT} tags: remove one first.`,
          'tag',
        );
      }
      changed = ctx.chats.addTag(row.chat_id, tag, now);
    } else {
      changed = ctx.chats.removeTag(row.chat_id, tag);
    }
    const chat = changed ? ctx.chats.update(row.chat_id, {}, now) : null;
    return { tag, chat, tags: ctx.chats.tags(row.chat_id) };
  })();
  const update: TagUpdate = {
    chat_id: request.chat_id,
    tag: outcome.tag,
    action,
    tags: outcome.tags,
    updated_by: actor.executive_id,
    updated_at: outcome.chat?.updated_at ?? now,
  };
  if (outcome.chat) {
    ctx.events.tagUpdated(update);
    ctx.events.chatUpdated(outcome.chat);
  }
  return update;
}

/** Adds an internal note. A repeated `client_note_id` returns the note written the first time. */
export function addNote(ctx: DomainContext, actor: Actor, request: AddNoteRequest): InternalNote {
  const content = request.content.trim();
  if (content === '') {
    throw unprocessable('note_empty', 'Write something in the note before saving it.', 'content');
  }
  const now = ctx.clock.now().toISOString();
  const outcome = ctx.db.transaction(() => {
    const chat = ctx.chats.get(request.chat_id);
    if (!chat) {
      throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
    }
    if (request.client_note_id) {
      const earlier = ctx.db
        .prepare('SELECT * FROM notes WHERE chat_id = ? AND client_note_id = ?')
        .get(chat.chat_id, request.client_note_id) as
        (InternalNote & { client_note_id: string }) | undefined;
      if (earlier) {
        return { note: toNote(earlier), chat, duplicate: true };
      }
    }
    const note: InternalNote = {
      note_id: newId('note'),
      chat_id: chat.chat_id,
      content,
      author_id: actor.executive_id,
      author_name: actor.name,
      created_at: now,
    };
    ctx.db
      .prepare(
        `INSERT INTO notes (note_id, chat_id, client_note_id, content, author_id, author_name, created_at)
         VALUES (@note_id, @chat_id, @client_note_id, @content, @author_id, @author_name, @created_at)`,
      )
      .run({ ...note, client_note_id: request.client_note_id ?? null });
    return { note, chat, duplicate: false };
  })();
  if (!outcome.duplicate) {
    ctx.events.noteAdded(outcome.note, outcome.chat);
  }
  return outcome.note;
}

/** Notes of a chat, oldest first. */
export function notesOf(ctx: DomainContext, chatId: string): InternalNote[] {
  const rows = ctx.db
    .prepare('SELECT * FROM notes WHERE chat_id = ? ORDER BY created_at, rowid')
    .all(chatId) as InternalNote[];
  return rows.map(toNote);
}

function toNote(row: InternalNote): InternalNote {
  return {
    note_id: row.note_id,
    chat_id: row.chat_id,
    content: row.content,
    author_id: row.author_id,
    author_name: row.author_name,
    created_at: row.created_at,
  };
}
