import type { Server } from 'node:http';
export function createStaticServer(dir?: string): Server;
export function sourcePattern(source: string): RegExp;
