import type { GeoContext } from 'd3-geo';

/**
 * A d3-geo path context that writes compact SVG path data: whole units, relative moves,
 * points closer than `tolerance` to the last one dropped, and rings that shrink to almost
 * nothing left out. Enough for a small overview map, at a fraction of d3's default output.
 */
export class CompactPath implements GeoContext {
	private out: string[] = [];
	private points: [number, number][] = [];
	private closed = false;
	private pending: [number, number] | null = null;

	constructor(private readonly tolerance = 1) {}

	moveTo(x: number, y: number): void {
		this.flush();
		this.points = [[Math.round(x), Math.round(y)]];
		this.closed = false;
		this.pending = null;
	}

	lineTo(x: number, y: number): void {
		const point: [number, number] = [Math.round(x), Math.round(y)];
		const last = this.points[this.points.length - 1];
		if (!last) return this.moveTo(x, y);
		if (Math.hypot(point[0] - last[0], point[1] - last[1]) < this.tolerance) {
			this.pending = point;
			return;
		}
		this.points.push(point);
		this.pending = null;
	}

	closePath(): void {
		this.closed = true;
		this.pending = null;
		this.flush();
	}

	beginPath(): void {
		// Sub-paths are flushed on moveTo; one string collects all of them.
	}

	arc(): void {
		// Points are drawn as markers by the map itself, never through this context.
	}

	private flush(): void {
		const points = this.points;
		if (this.pending) points.push(this.pending);
		this.pending = null;
		this.points = [];
		if (points.length < 2) return;
		if (this.closed && (points.length < 3 || Math.abs(area(points)) < 2)) return;
		let d = `M${points[0][0]} ${points[0][1]}`;
		let command = '';
		for (let i = 1; i < points.length; i++) {
			const dx = points[i][0] - points[i - 1][0];
			const dy = points[i][1] - points[i - 1][1];
			if (dx === 0 && dy === 0) continue;
			const pair = `${dx}${dy < 0 ? '' : ' '}${dy}`;
			// After the first `l`, further pairs need no command letter; a minus sign separates.
			d += command === 'l' ? (dx < 0 ? pair : ` ${pair}`) : `l${pair}`;
			command = 'l';
		}
		if (this.closed) d += 'z';
		this.out.push(d);
	}

	result(): string {
		this.flush();
		return this.out.join('');
	}
}

function area(points: [number, number][]): number {
	let sum = 0;
	for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
		sum += points[j][0] * points[i][1] - points[i][0] * points[j][1];
	}
	return sum / 2;
}
