import type Database from 'better-sqlite3';

import type { Message } from '../../src/contract';
import { MessageRow, toMessage } from '../db/chat-rows';
import { type Db, statementCache } from '../db/database';

/** A message as it is written: the contract's message before the database gives it its `seq`. */
export type NewMessage = Omit<Message, 'seq'>;

export interface MessagePage {
  messages: Message[];
  has_more: boolean;
}

export interface StoredMedia {
  media_id: string;
  mime_type: string;
  file_name: string;
  size_bytes: number;
  duration_seconds: number | null;
  bytes: Buffer;
}

/** Reads and writes messages and the media bytes they point to. `seq` is the SQLite rowid. */
export class MessageStore {
  private readonly sql: (sql: string) => Database.Statement;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** Writes a message and returns it with its `seq`. */
  insert(message: NewMessage): Message {
    const result = this.sql(
      `INSERT INTO messages (message_id, client_message_id, chat_id, sender_type, sender_id, sender_name,
           message_type, text, media, location, template, status, created_at)
         VALUES (@message_id, @client_message_id, @chat_id, @sender_type, @sender_id, @sender_name,
           @message_type, @text, @media, @location, @template, @status, @created_at)`,
    ).run({
      ...message,
      media: message.media ? JSON.stringify(message.media) : null,
      location: message.location ? JSON.stringify(message.location) : null,
      template: message.template ? JSON.stringify(message.template) : null,
    });
    return { ...message, seq: Number(result.lastInsertRowid) };
  }

  /** The message a client already sent under this id in this chat, or null. */
  findByClientId(chatId: string, clientMessageId: string): Message | null {
    const row = this.sql('SELECT * FROM messages WHERE chat_id = ? AND client_message_id = ?').get(
      chatId,
      clientMessageId,
    ) as MessageRow | undefined;
    return row ? toMessage(row) : null;
  }

  /**
   * A page of a chat's history, oldest first. Without cursors: the newest `limit`. With `beforeSeq`:
   * the `limit` just older than it. With `afterSeq`: the `limit` just newer than it.
   */
  page(chatId: string, limit: number, beforeSeq?: number, afterSeq?: number): MessagePage {
    let rows: MessageRow[];
    if (afterSeq !== undefined) {
      rows = this.sql(
        'SELECT * FROM messages WHERE chat_id = ? AND seq > ? ORDER BY seq ASC LIMIT ?',
      ).all(chatId, afterSeq, limit) as MessageRow[];
    } else {
      rows = (
        this.sql(
          'SELECT * FROM messages WHERE chat_id = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
        ).all(chatId, beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as MessageRow[]
      ).reverse();
    }
    const first = rows[0];
    const older = first
      ? this.sql('SELECT 1 FROM messages WHERE chat_id = ? AND seq < ? LIMIT 1').get(
          chatId,
          first.seq,
        )
      : afterSeq !== undefined
        ? this.sql('SELECT 1 FROM messages WHERE chat_id = ? AND seq <= ? LIMIT 1').get(
            chatId,
            afterSeq,
          )
        : undefined;
    return { messages: rows.map(toMessage), has_more: older !== undefined };
  }

  /** The latest messages of a chat, oldest first. */
  recent(chatId: string, count: number): Message[] {
    return this.page(chatId, count).messages;
  }

  /** Stores media bytes. */
  insertMedia(media: StoredMedia): void {
    this.sql(
      `INSERT INTO media (media_id, mime_type, file_name, size_bytes, duration_seconds, bytes)
         VALUES (@media_id, @mime_type, @file_name, @size_bytes, @duration_seconds, @bytes)`,
    ).run(media);
  }

  /** Media bytes and their type, or null. */
  media(mediaId: string): StoredMedia | null {
    const row = this.sql('SELECT * FROM media WHERE media_id = ?').get(mediaId);
    return (row as StoredMedia | undefined) ?? null;
  }
}
