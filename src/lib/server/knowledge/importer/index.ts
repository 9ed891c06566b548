export { importPage, importPractices } from './importer.service';
export { reportView } from './report-view';
