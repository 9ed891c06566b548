export { getAreaPage, listAreaPages } from './area-pages.service';
export { createArea, listAreasForEditing, moveArea, renameArea } from './areas.service';
