import { useEffect, useRef } from 'react';
import type { ChromeAgent } from '../api/devices.js';
import { formatTime } from '../lib/format.js';
import { CopyBlock } from './CopyButton.js';
import {
  adminConsolePolicy,
  type CreatedToken,
  extensionSettings,
  forcelistEntry,
  type InstallDetails,
  linuxPolicyFile,
  windowsRegFile,
} from './enrolment.js';

export function NewToken({
  created,
  agent,
  schoolName,
  onDone,
}: {
  created: CreatedToken;
  agent: ChromeAgent | undefined;
  schoolName: string | undefined;
  onDone: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel new-token" aria-labelledby="new-token-title">
      <h3 id="new-token-title" ref={heading} tabIndex={-1}>
        Token created: {created.label}
      </h3>
      <p className="warning">
        <strong>Copy the token now: it will not be shown again.</strong> Vigil keeps only a fingerprint of it.
        If it is lost, revoke it and create another. It works until {formatTime(created.expiresAt)}.
      </p>
      <CopyBlock title="Enrolment token" text={created.token} copyLabel="Copy the token" testId="new-token" />
      <InstallSteps agent={agent} token={created.token} schoolName={schoolName} />
      <button type="button" onClick={onDone}>
        I have copied what I need: hide the token
      </button>
    </section>
  );
}

function InstallSteps({
  agent,
  token,
  schoolName,
}: {
  agent: ChromeAgent | undefined;
  token: string;
  schoolName: string | undefined;
}) {
  if (!agent) return <p role="status">Loading the extension's details…</p>;
  if (!agent.extensionId) {
    return (
      <p className="error">
        This server cannot offer the Chrome extension for installation yet: {agent.unavailable}
      </p>
    );
  }
  const details: InstallDetails = {
    extensionId: agent.extensionId,
    updateUrl: agent.updateUrl,
    serverUrl: agent.serverUrl,
    token,
    ...(schoolName ? { school: schoolName } : {}),
  };
  return (
    <div className="install">
      <h3>Force-install the Chrome extension with this token</h3>
      <p>
        Extension id <code>{agent.extensionId}</code>
        {agent.version && <>, version {agent.version}</>}, served by this Vigil server at{' '}
        <code>{agent.updateUrl}</code>.
      </p>
      <p>
        <strong>Google Admin console:</strong> go to Devices &gt; Chrome &gt; Apps &amp; extensions &gt; Users
        &amp; browsers and choose the organisational unit of the pupils. Add the extension with “Add Chrome
        app or extension by ID”, choosing “From a custom URL”, with the extension id and update URL above. Set
        its installation policy to “Force install”, paste the policy for the extension below into “Policy for
        extensions”, and save.
      </p>
      <p>
        <strong>Windows and Linux without the Admin console:</strong> use a Chrome policy file (under “Policy
        files” below): on Windows the registry file (run it, or set the same values with Group Policy), on
        Linux the JSON file saved as <code>/etc/opt/chrome/policies/managed/vigil.json</code> (Chromium:{' '}
        <code>/etc/chromium/policies/managed/vigil.json</code>). Chrome installs the extension at its next
        policy refresh (or “Reload policies” on chrome://policy) and it enrols itself with the token. On
        Windows and macOS, Chrome installs extensions from outside the Web Store only on managed computers
        (joined to a domain or enrolled in Chrome management).
      </p>
      <CopyBlock
        title="Force-install entry (ExtensionInstallForcelist)"
        text={forcelistEntry(details)}
        copyLabel="Copy the force-install entry"
        testId="forcelist"
      />
      <CopyBlock
        title="Policy for the extension (Google Admin console)"
        hint="Its managed configuration: this server's address and the enrolment token."
        text={adminConsolePolicy(details)}
        copyLabel="Copy the policy for the extension"
        testId="admin-policy"
      />
      <details>
        <summary>Policy files for Windows and Linux, and the ExtensionSettings entry</summary>
        <CopyBlock
          title="Linux policy file (vigil.json)"
          text={linuxPolicyFile(details)}
          copyLabel="Copy the Linux policy file"
          testId="linux-policy"
        />
        <CopyBlock
          title="Windows registry file (vigil.reg)"
          hint="“1” is the first force-install entry: if the computers already force-install another extension, use the next free number."
          text={windowsRegFile(details)}
          copyLabel="Copy the Windows registry file"
        />
        <CopyBlock
          title="The force-install entry as an ExtensionSettings entry"
          text={extensionSettings(details)}
          copyLabel="Copy the ExtensionSettings entry"
        />
      </details>
    </div>
  );
}
