// Starts `coexist lsp` for the PowerShell scripts of a workspace that has a coexist.toml.
// The server reads coexist.toml itself; the `coexist.state` setting, when set, wins over it.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function settings() {
  const config = vscode.workspace.getConfiguration('coexist');
  return { state: config.get('state') || null };
}

async function activate(context) {
  const found = await vscode.workspace.findFiles('coexist.toml', null, 1);
  if (found.length === 0) {
    return;
  }
  const command = vscode.workspace.getConfiguration('coexist').get('path') || 'coexist';
  const server = { command, args: ['lsp'] };
  client = new LanguageClient(
    'coexist',
    'coexist',
    { run: server, debug: server },
    {
      documentSelector: [
        { scheme: 'file', language: 'powershell' },
        { scheme: 'file', pattern: '**/*.ps1' },
      ],
      initializationOptions: settings(),
      synchronize: {
        // The server re-reads coexist.toml and the state file when they change.
        fileEvents: vscode.workspace.createFileSystemWatcher('**/{coexist.toml,*.json}'),
      },
    },
  );
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (client && event.affectsConfiguration('coexist.state')) {
        client.sendNotification('workspace/didChangeConfiguration', {
          settings: { coexist: settings() },
        });
      }
    }),
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
