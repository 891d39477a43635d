#!/usr/bin/env node
// `npm start -- [--db FILE] [--port N]`: builds the renderer and the Electron bundles, then opens
// the desktop app. Where no Electron binary can be had (as on machines without access to GitHub's
// release host), or better-sqlite3 cannot be built for it, it says why and starts the browser
// edition instead, relaying the address to open.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import {
  describeMissingElectronBinary,
  electronVersion,
  findElectronBinary,
  hasElectronNativeBinding,
  installElectronBinary,
  repositoryRoot,
} from './electron-environment.mjs';

const usage = `Usage: npm start -- [--db FILE] [--port N] [--browser]

Builds Newsdesk and opens the desktop app. Where Electron cannot run, starts the browser edition.
  --db FILE   the database to open (default: the desktop app's, in its user data folder; env NEWSDESK_DB)
  --port N    the port of the browser edition, when it is started instead
  --browser   start the browser edition even where Electron is available`;

const options = parseArguments(process.argv.slice(2));

await runStep('renderer', process.execPath, npmArguments(['run', 'build:renderer']));
await runStep('electron bundles', process.execPath, [path.join(repositoryRoot, 'electron', 'tools', 'build-electron.mjs')]);

if (options.browser) {
  startBrowserEdition();
} else {
  const reasonForBrowser = await prepareDesktop();
  if (reasonForBrowser === null) launchElectron(findElectronBinary().path);
  else {
    console.log(reasonForBrowser.join('\n'));
    startBrowserEdition();
  }
}

/** Null when the desktop app can run; otherwise the lines that say why it cannot. */
async function prepareDesktop() {
  let binary = findElectronBinary();
  let installerOutput = '';
  if (binary === null && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.log(`start: no Electron binary yet; asking electron's installer to download Electron ${electronVersion()} (once)…`);
    const installed = await installElectronBinary({ timeoutMilliseconds: 120_000 });
    installerOutput = lastMeaningfulLine(installed.output);
    binary = findElectronBinary();
  }
  if (binary === null) {
    return [
      '',
      'start: the desktop app cannot open here, because there is no Electron binary to run it with.',
      `  ${describeMissingElectronBinary()}`,
      ...(installerOutput ? [`  Electron's installer could not download it (${installerOutput}): this machine probably has no access to GitHub's release host.`] : []),
      '  To get the desktop app: run `npm start` on a machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH',
      `  to a folder holding an unpacked Electron ${electronVersion()} for ${process.platform}-${process.arch}.`,
      '  Starting the browser edition instead: the same editor and database, in Chromium or Chrome.',
      '',
    ];
  }
  if (!hasElectronNativeBinding()) {
    console.log('start: building better-sqlite3 for Electron (electron/dist/native/, node_modules is left as it is)…');
    const exitCode = await run(process.execPath, [path.join(repositoryRoot, 'electron', 'tools', 'build-native-for-electron.mjs')]);
    if (exitCode !== 0) {
      return [
        '',
        `start: Electron was found (${binary.path}), but better-sqlite3 could not be built for it (see above),`,
        '  so the desktop app could not open its database. Starting the browser edition instead.',
        '',
      ];
    }
  }
  return null;
}

function launchElectron(executable) {
  console.log(`start: opening Newsdesk with ${executable}`);
  const environment = { ...process.env, ...databaseEnvironment() };
  delete environment.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [repositoryRoot], { stdio: 'inherit', env: environment });
  relaySignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startBrowserEdition() {
  const cliArguments = [path.join(repositoryRoot, 'electron', 'program', 'newsdesk.mjs'), 'serve'];
  if (options.port !== undefined) cliArguments.push('--port', options.port);
  const child = spawn(process.execPath, cliArguments, {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, ...databaseEnvironment() },
  });
  relaySignals(child);
  let announced = false;
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    const address = announced ? null : /\bhttps?:\/\/\S+/.exec(line);
    if (address === null) {
      console.log(line);
      return;
    }
    announced = true;
    console.log(`Newsdesk (browser edition) is running at:\n\n  ${address[0]}\n`);
    console.log('Open this address in Chromium or Google Chrome on this computer. Ctrl+C stops it.');
  });
  child.on('exit', (code, signal) => {
    if (!announced) console.error('start: the browser edition stopped before printing its address (see above).');
    process.exit(code ?? (signal ? 0 : 1));
  });
}

function databaseEnvironment() {
  return options.database === undefined ? {} : { NEWSDESK_DB: path.resolve(options.database) };
}

function parseArguments(argumentList) {
  const parsed = { database: undefined, port: undefined, browser: false };
  for (let index = 0; index < argumentList.length; index += 1) {
    const argument = argumentList[index];
    const [name, inlineValue] = argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s, 2) : [argument, undefined];
    const value = () => {
      const given = inlineValue ?? argumentList[++index];
      if (given === undefined || given === '') fail(`${name} needs a value.\n\n${usage}`);
      return given;
    };
    if (name === '--help' || name === '-h') {
      console.log(usage);
      process.exit(0);
    } else if (name === '--db') parsed.database = value();
    else if (name === '--port') {
      parsed.port = value();
      if (!/^\d{1,5}$/.test(parsed.port)) fail(`--port must be a number, not "${parsed.port}".`);
    } else if (name === '--browser') parsed.browser = true;
    else fail(`unknown option "${argument}".\n\n${usage}`);
  }
  return parsed;
}

async function runStep(label, command, argumentList) {
  console.log(`start: building the ${label}…`);
  const exitCode = await run(command, argumentList);
  if (exitCode !== 0) fail(`building the ${label} failed (exit code ${exitCode}); the messages above say why.`);
}

function npmArguments(npmCommand) {
  // Under `npm start`, npm names its own CLI script; otherwise use the npm next to this Node.
  const besideNode = process.platform === 'win32' ? ['node_modules'] : ['..', 'lib', 'node_modules'];
  const npmCli = process.env.npm_execpath || path.join(path.dirname(process.execPath), ...besideNode, 'npm', 'bin', 'npm-cli.js');
  return [npmCli, ...npmCommand];
}

function run(command, argumentList) {
  return new Promise((resolve) => {
    const child = spawn(command, argumentList, { cwd: repositoryRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`start: could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

function relaySignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
}

function lastMeaningfulLine(output) {
  const lines = output.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('at '));
  return lines.at(-1)?.slice(0, 160) ?? '';
}

function fail(message) {
  console.error(`start: ${message}`);
  process.exit(1);
}
