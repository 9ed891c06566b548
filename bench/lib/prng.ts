/**
 * A small seeded PRNG (mulberry32): the same seed gives the same network on every machine,
 * so results can be compared run to run and by anyone who clones the repository.
 */
export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0 || 0x9e3779b9;
	}

	/** A float in [0, 1). */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	/** An integer in [min, max], both included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** Picks by weight: `[[value, weight], ...]`. */
	weighted<T>(choices: readonly (readonly [T, number])[]): T {
		const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
		let roll = this.next() * total;
		for (const [value, weight] of choices) {
			roll -= weight;
			if (roll < 0) return value;
		}
		return choices[choices.length - 1][0];
	}

	/** `count` distinct items (or all when there are fewer). */
	sample<T>(items: readonly T[], count: number): T[] {
		if (count >= items.length) return [...items];
		const chosen = new Set<number>();
		while (chosen.size < count) chosen.add(Math.floor(this.next() * items.length));
		return [...chosen].map((index) => items[index]);
	}

	/** Log-normal-ish value in [min, max]: many small towns, few big cities. */
	skewed(min: number, max: number): number {
		const u = this.next();
		return Math.round(min * Math.pow(max / min, u * u));
	}

	/** A child generator, so one part of the network can change without shifting the others. */
	fork(label: string): Rng {
		let hash = this.state;
		for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
		return new Rng(hash);
	}
}
