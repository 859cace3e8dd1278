/**
 * The extension's manifest and managed-storage schema, written out by scripts/build.ts.
 *
 * `key` fixes the extension id, so enterprise policy (ExtensionSettings, 3rdparty managed
 * configuration) can name it whatever folder it is loaded from. The id is
 * `afhlcdjkconhdpnglljidnndphmngjao`. Only the public key is kept; a self-hosted CRX needs its
 * own key pair (and then a new id), a Chrome Web Store listing gets the store's id.
 */
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoZc1nkmkVqajgWDvi7REAthnbI2lFP4BZp5Uao1cEGZRJxvGWm45oGUwhs4fCZXAhdG7l+xmk9/uR6GjV97f2ZJ98QJnET0L/9drmoIQrcAwUfe9wZhkW6KzbzC6Aw5djtXWRaS6mCG9bzY+xNQlX9Lpr4uisJx/yi3CdSM+XxlZbcRiKPcgjTHu25+kXoCecOoKv8z8xyGvbPryf+bYCqycis6EDOnlwp4q8NP5EvFYzEFB1mznS9ZDVr+I317aYR9pSWzTMIh0wE02LDK3zrTV6jkzfZMk6hAetlxp0JbvnHwcoz9RU6udb3BwIzMZy8/yls9bAVXJWKQtFvSTHQIDAQAB';

export const EXTENSION_ID = 'afhlcdjkconhdpnglljidnndphmngjao';

/** What a school sets through Chrome policy (Google Admin: Apps & extensions > Policy for extensions). */
export const managedSchema = {
  type: 'object',
  properties: {
    serverUrl: {
      title: 'Vigil server URL',
      description: 'The address of the school Vigil server, e.g. https://vigil.example.sch.uk',
      type: 'string',
    },
    enrolmentToken: {
      title: 'Enrolment token',
      description: 'An enrolment token created on the Vigil console; exchanged once for a device credential',
      type: 'string',
    },
    school: {
      title: 'School',
      description: 'The school name or id, shown on the setup page',
      type: 'string',
    },
    primaryProtection: {
      title: 'Primary-school protection',
      description:
        'Cover pages at medium severity or above in sexual or violent categories with a friendly screen',
      type: 'boolean',
    },
    userEmail: {
      title: 'User email fallback',
      description: 'The person using this browser, when the Chrome profile is not signed in',
      type: 'string',
    },
    deviceName: {
      title: 'Device name',
      description: 'How the device appears on the console',
      type: 'string',
    },
  },
} as const;

export function buildManifest(version: string): chrome.runtime.ManifestV3 {
  return {
    manifest_version: 3,
    name: 'Vigil',
    short_name: 'Vigil',
    description:
      'Online-safety monitoring for schools: checks on this device, reports only what a rule flags.',
    version,
    key: EXTENSION_KEY,
    minimum_chrome_version: '120',
    permissions: [
      'storage',
      'unlimitedStorage',
      'tabs',
      'activeTab',
      'identity',
      'identity.email',
      'alarms',
      'webNavigation',
    ],
    host_permissions: ['<all_urls>'],
    // A classic script (the bundle has no imports): it starts a little sooner than a module worker.
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        matches: ['<all_urls>'],
        js: ['content.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_start',
      },
    ],
    options_ui: { page: 'setup.html', open_in_tab: true },
    storage: { managed_schema: 'managed_schema.json' },
    icons: { '16': 'icons/16.png', '48': 'icons/48.png', '128': 'icons/128.png' },
  } as chrome.runtime.ManifestV3;
}
