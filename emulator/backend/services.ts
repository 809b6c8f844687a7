/**
 * Every backend module except the spreadsheets: properties, cache, locks, triggers, the
 * recorded UI, mail, logs, the computing half of Utilities, Drive, the web-app deployment, and the
 * clock they share.
 */
import { CacheBackend } from './cache';
import { ClockBackend } from './clock';
import { DeploymentsBackend } from './deployments';
import { ConsentBackend } from './consent';
import { DriveBackend } from './drive';
import { LocksBackend } from './locks';
import { LogsBackend } from './logs';
import { MailBackend } from './mail';
import { PropertiesBackend } from './properties';
import { TriggersBackend } from './triggers';
import { UiBackend } from './ui';
import { UtilitiesBackend } from './utilities';
import type { BackendModule } from './world';

export {
  CacheBackend,
  ClockBackend,
  DeploymentsBackend,
  ConsentBackend,
  DriveBackend,
  LocksBackend,
  LogsBackend,
  MailBackend,
  PropertiesBackend,
  TriggersBackend,
  UiBackend,
  UtilitiesBackend,
};

/** Fresh service modules sharing one clock. */
export function serviceModules(): BackendModule[] {
  const clock = new ClockBackend();
  return [
    clock,
    new PropertiesBackend(),
    new CacheBackend(clock),
    new LocksBackend(),
    new TriggersBackend(),
    new UiBackend(),
    new MailBackend(clock),
    new LogsBackend(),
    new UtilitiesBackend(),
    new DriveBackend(clock),
    new DeploymentsBackend(),
    new ConsentBackend(),
  ];
}
