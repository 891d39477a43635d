import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveRendererFile } from '../../../../electron/main/renderer-files';

const root = path.resolve('/opt/newsdesk/renderer/dist');

describe('resolveRendererFile', () => {
  it('maps the root and files of app://newsdesk/ into the renderer folder', () => {
    expect(resolveRendererFile(root, 'app://newsdesk/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://newsdesk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://newsdesk/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveRendererFile(root, 'app://newsdesk/assets/t%C3%AAn%20%E1%BA%A3nh.png')).toBe(path.join(root, 'assets', 'tên ảnh.png'));
  });

  it('refuses every way out of the folder', () => {
    const escapes = [
      'app://newsdesk/../secret.txt',
      'app://newsdesk/%2e%2e/secret.txt',
      'app://newsdesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://newsdesk/..%2fsecret.txt',
      'app://newsdesk/..%5csecret.txt',
      'app://newsdesk/%2fetc%2fpasswd',
      'app://newsdesk//etc/passwd',
      'app://newsdesk/index.html%00.png',
      'app://newsdesk/%E0%A4%A',
    ];
    for (const url of escapes) {
      const resolved = resolveRendererFile(root, url);
      if (resolved !== null) expect(resolved.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveRendererFile(root, 'app://newsdesk/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveRendererFile(root, 'app://newsdesk/index.html%00.png')).toBeNull();
    expect(resolveRendererFile(root, 'app://newsdesk/%E0%A4%A')).toBeNull();
  });

  it('refuses URLs that are not our renderer', () => {
    expect(resolveRendererFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'file:///opt/newsdesk/renderer/dist/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'https://newsdesk/index.html')).toBeNull();
    expect(resolveRendererFile(root, 'not a url')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it('serves scripts as JavaScript (module scripts need it) and unknown files as bytes', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/assets/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/file.exe')).toBe('application/octet-stream');
  });
});
