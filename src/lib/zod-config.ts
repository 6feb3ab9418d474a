/**
 * Zod checks whether it may compile validators with `new Function` by trying it once; under the
 * app's Content-Security-Policy that try is a reported violation. The app turns it off: its
 * validators run interpreted, which is fast enough for its record sizes. Imported first by every
 * entry point (the page and each worker).
 */
import { z } from 'zod';

z.config({ jitless: true });
