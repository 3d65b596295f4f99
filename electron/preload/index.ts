/** The preload of the sandboxed page (built as one CommonJS file): exposes the API bridge and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopBridge } from './bridge';

contextBridge.exposeInMainWorld('thongbao', createDesktopBridge(ipcRenderer));
