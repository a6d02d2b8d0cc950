import type { Transaction } from '../../store/store.ts';
import type { AreaEnv } from '../../support/env.ts';
import { newId } from '../../support/ids.ts';
import { compact, type Schemas } from './common.ts';

type Notification = Schemas['Notification'];

/** Creates a notification in the same transaction as the act that causes it; answers its id. */
export function notify(tx: Transaction, env: AreaEnv, content: Omit<Notification, 'notificationId' | 'createdAt'>): string {
  const notificationId = newId(tx, 'NT');
  tx.put<Notification>('Notification', notificationId, compact({ notificationId, ...content, createdAt: env.clock.now().toISOString() }));
  return notificationId;
}
