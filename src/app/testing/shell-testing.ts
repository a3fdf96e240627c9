import { EnvironmentProviders, Provider } from '@angular/core';
import { provideToastr } from 'ngx-toastr';

import { MemoryStorage, provideApiTesting } from '../core/api/api-testing';
import { COMMAND_PALETTE_OPENER } from '../core/layout/command-palette-opener';
import { PREFERENCE_STORAGE } from '../core/platform/preference-storage';
import { loadCommandPalette } from '../shell/shell.routes';
import { FakeChatGateway, provideFakeChatGateway } from './fake-chat-gateway';

/**
 * What a spec of the signed-in shell (or a piece of its toolbar) needs: the API fakes with a
 * catch-all route, the fake gateway, toasts, preferences kept in memory, and the command palette
 * as the signed-in routes open it.
 */
export function provideShellTesting(gateway: FakeChatGateway): (Provider | EnvironmentProviders)[] {
  return [
    ...provideApiTesting({ routes: [{ path: '**', children: [] }] }),
    provideFakeChatGateway(gateway),
    provideToastr(),
    { provide: PREFERENCE_STORAGE, useValue: new MemoryStorage() },
    { provide: COMMAND_PALETTE_OPENER, useValue: loadCommandPalette },
  ];
}
