export { getAreaPage, listAreaPages } from './area-pages.service';
export { createArea, listAreasForEditing, moveArea, renameArea } from './areas.service';
export { existingAreaIds, listAreas } from './areas.sql';
export { areasNotifications } from './areas.notifications';
