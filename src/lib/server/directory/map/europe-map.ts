/**
 * The network's map of Europe, drawn on the server as SVG: no tiles, no third-party requests,
 * no script. Land and borders come from Natural Earth (world-atlas, 1:50m) projected once with
 * the EU's own Lambert azimuthal equal-area (ETRS89-LAEA, centred on 10°E 52°N) and kept in
 * memory as compact path strings; each render only adds the markers.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoPath, type GeoProjection } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CompactPath } from './svg-path';

export const MAP_WIDTH = 800;
/** The part of Europe shown: Portugal and Ireland to Finland and the Black Sea coast. */
const EXTENT = { west: -11, east: 33, south: 35.5, north: 66 };

/** Colours: land against sea, and markers at least 3:1 against the land (WCAG 1.4.11). */
export const MAP_COLOURS = {
	sea: '#dce8ee',
	land: '#efe9df',
	border: '#a39a8c',
	/** Member cities: green, 5.9:1 on the land. */
	member: '#226b45',
	/** Other cities: steel ring, 6.5:1 on the land. */
	city: '#4d5760',
	/** The city a page is about: brick, 6.4:1 on the land. */
	highlight: '#9a3b26'
} as const;

export type MarkerKind = 'member' | 'city' | 'highlight';

export interface MapMarker {
	href: string;
	/** The accessible name and tooltip of the marker's link. */
	label: string;
	latitude: number;
	longitude: number;
	kind: MarkerKind;
}

export interface RenderOptions {
	/** Show only this part around a point, `zoom` times closer (city pages). */
	focus?: { latitude: number; longitude: number; zoom: number };
}

interface Base {
	projection: GeoProjection;
	height: number;
	land: string;
	borders: string;
}

let base: Base | null = null;

function extentOutline(): GeoJSON.MultiPoint {
	const points: [number, number][] = [];
	for (let i = 0; i <= 10; i++) {
		const lon = EXTENT.west + ((EXTENT.east - EXTENT.west) * i) / 10;
		const lat = EXTENT.south + ((EXTENT.north - EXTENT.south) * i) / 10;
		points.push([lon, EXTENT.south], [lon, EXTENT.north], [EXTENT.west, lat], [EXTENT.east, lat]);
	}
	return { type: 'MultiPoint', coordinates: points };
}

function buildBase(): Base {
	const projection = geoAzimuthalEqualArea().rotate([-10, -52]);
	const outline = extentOutline();
	projection.fitWidth(MAP_WIDTH, outline);
	const [[, y0], [, y1]] = geoPath(projection).bounds(outline);
	const height = Math.ceil(y1 - y0);
	projection.fitExtent(
		[
			[0, 0],
			[MAP_WIDTH, height]
		],
		outline
	);
	// Everything outside the frame is cut by the projection, so it costs no bytes.
	projection.clipExtent([
		[-2, -2],
		[MAP_WIDTH + 2, height + 2]
	]);

	// Read once and let go: the parsed topology (~750 KB of JSON) is not kept.
	const require = createRequire(import.meta.url);
	const topology = JSON.parse(fs.readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
		countries: GeometryCollection;
		land: GeometryCollection;
	}>;
	const draw = (geometry: GeoJSON.GeoJsonObject) => {
		const context = new CompactPath(1.2);
		geoPath(projection, context)(geometry as GeoJSON.Geometry);
		return context.result();
	};
	const land = draw(feature(topology, topology.objects.land));
	const borders = draw(mesh(topology, topology.objects.countries, (a, b) => a !== b));
	return { projection, height, land, borders };
}

function getBase(): Base {
	base ??= buildBase();
	return base;
}

const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const RADIUS: Record<MarkerKind, number> = { city: 4.5, member: 7, highlight: 8 };

/**
 * Marker styles as presentation attributes on one group per kind, not as classes in a
 * <style>: an inline SVG's style sheet applies to the whole page, and two maps on one page
 * would overwrite each other's sizes.
 */
function groupAttributes(kind: MarkerKind, scale: number): string {
	const c = MAP_COLOURS;
	const width = (w: number) => +(w * scale).toFixed(2);
	if (kind === 'city') return `fill="#fff" stroke="${c.city}" stroke-width="${width(2.1)}"`;
	return `fill="${kind === 'member' ? c.member : c.highlight}" stroke="#fff" stroke-width="${width(1.5)}"`;
}

/**
 * Above this many markers they are drawn as plain dots: thousands of links with titles weigh
 * hundreds of kilobytes, and dots that close together cannot be aimed at anyway (the list or
 * the directory beside the map leads to each place).
 */
const MAX_LINKED_MARKERS = 300;

function markerSvg(marker: MapMarker, x: number, y: number, scale: number, linked: boolean): string {
	const r = +(RADIUS[marker.kind] * scale).toFixed(1);
	if (!linked) return `<circle cx="${+x.toFixed(1)}" cy="${+y.toFixed(1)}" r="${r}"/>`;
	// tabindex -1: the map is hidden from assistive technology and the keyboard; the list of
	// the same links beside it is the accessible way in (see CityMap.svelte).
	return `<a href="${escapeXml(marker.href)}" tabindex="-1"><title>${escapeXml(marker.label)}</title><circle cx="${+x.toFixed(1)}" cy="${+y.toFixed(1)}" r="${r}"/></a>`;
}

/**
 * The SVG of the map with these markers. Markers outside the frame are left out. The SVG is
 * decorative for assistive technology (aria-hidden): pages must show the same places as a
 * list of links, as CityMap.svelte does.
 */
export function renderEuropeMap(markers: MapMarker[], options: RenderOptions = {}): string {
	const { projection, height, land, borders } = getBase();
	let view = { x: 0, y: 0, width: MAP_WIDTH, height };
	// Markers keep about the same size on screen when a small map is zoomed in.
	let scale = 1;
	if (options.focus) {
		const point = projection([options.focus.longitude, options.focus.latitude]);
		if (point) {
			const width = MAP_WIDTH / options.focus.zoom;
			const h = Math.round(width * 0.75);
			const x = Math.min(Math.max(point[0] - width / 2, 0), MAP_WIDTH - width);
			const y = Math.min(Math.max(point[1] - h / 2, 0), height - h);
			view = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: h };
			scale = 2.2 / options.focus.zoom;
		}
	}
	const linked = markers.length <= MAX_LINKED_MARKERS;
	const inFrame = (point: [number, number] | null): point is [number, number] =>
		point !== null && point[0] >= 0 && point[0] <= MAP_WIDTH && point[1] >= 0 && point[1] <= height;
	// Drawn in this order so member and highlighted cities sit on top of the others.
	const groups = (['city', 'member', 'highlight'] as MarkerKind[])
		.map((kind) => {
			const drawn = markers
				.filter((marker) => marker.kind === kind)
				.map((marker) => ({ marker, point: projection([marker.longitude, marker.latitude]) }))
				.filter((entry): entry is { marker: MapMarker; point: [number, number] } => inFrame(entry.point))
				.map(({ marker, point }) => markerSvg(marker, point[0], point[1], scale, linked))
				.join('');
			return drawn && `<g ${groupAttributes(kind, scale)}>${drawn}</g>`;
		})
		.join('');
	const c = MAP_COLOURS;
	const borderWidth = +(0.8 * Math.min(scale, 1)).toFixed(2);
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${view.x} ${view.y} ${view.width} ${view.height}" class="europe-map" aria-hidden="true" focusable="false">` +
		`<style>.europe-map a:hover circle{stroke:#1d1f21}</style>` +
		`<rect x="${view.x}" y="${view.y}" width="${view.width}" height="${view.height}" fill="${c.sea}"/>` +
		`<path d="${land}" fill="${c.land}"/>` +
		`<path d="${borders}" fill="none" stroke="${c.border}" stroke-width="${borderWidth}"/>` +
		groups +
		`</svg>`
	);
}
