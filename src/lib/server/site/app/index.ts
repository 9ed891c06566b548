export { app, isReady, startApp, stopApp } from './app';
