import { filterLinks } from '../data/filter';
import { LINK_TYPE_IDS, type LinkCore, type LinkTypeId } from '../data/types';
import { layoutTrend, type TrendGeometry, TREND_GEOMETRY, type TrendLayout } from '../trend/layout';
import { trendSeries, type TrendData, type TrendRows, type TrendSeries } from '../trend/series';

/** A year the reader points at: how many ties and conflicts were in force with each row, and which. */
export interface YearReadout {
	year: number;
	ties: number;
	conflicts: number;
	rows: { key: string; name: string; links: LinkCore[] }[];
}

/**
 * The link types a trend counts, shared by the charts of one page: all of them at first, as on
 * the dashboard. The type toggles show and change it.
 */
export class TypeSelection {
	shownTypes: readonly LinkTypeId[] = $state([...LINK_TYPE_IDS]);
	/** Links of each type on the page, whether the type is shown or not. */
	readonly typeCounts: ReadonlyMap<LinkTypeId, number>;

	constructor(links: readonly LinkCore[]) {
		this.typeCounts = new Map(
			LINK_TYPE_IDS.map((t) => [t, links.filter((l) => l.type === t).length])
		);
	}

	isShown(type: LinkTypeId): boolean {
		return this.shownTypes.includes(type);
	}

	toggleType(type: LinkTypeId): void {
		this.shownTypes = LINK_TYPE_IDS.filter((t) =>
			t === type ? !this.isShown(t) : this.isShown(t)
		);
	}

	showOnly(type: LinkTypeId): void {
		this.shownTypes = [type];
	}
}

/**
 * One actor's ties over time, as its page and the states' overview draw them: the year in focus
 * and the stages from links to the laid-out chart, under the page's type selection. Components
 * read it and call its actions; the counting and the layout are pure functions in `lib/trend`.
 */
export class ActorTrend {
	readonly data: TrendData;
	readonly types: TypeSelection;
	readonly geometry: TrendGeometry;
	/** The year under the pointer or keyboard focus, whose ties the readout lists. */
	focusedYear: number | null = $state(null);

	readonly #rows: TrendRows;
	readonly filtered: LinkCore[];
	readonly series: TrendSeries;
	readonly layout: TrendLayout;
	readonly readout: YearReadout | null;

	/** `types` is shared by the charts of a page; an actor's page has its own. */
	constructor(
		data: TrendData,
		types = new TypeSelection(data.links),
		geometry: TrendGeometry = TREND_GEOMETRY
	) {
		this.data = data;
		this.types = types;
		this.geometry = geometry;
		this.#rows = { keys: data.rows, rowOf: (partner) => data.rowOf[partner] ?? null };
		this.filtered = $derived(data.links.filter((link) => this.types.isShown(link.type)));
		this.series = $derived(trendSeries(this.filtered, data.actor, this.#rows, data.years));
		this.layout = $derived(layoutTrend(this.series, data.scale, data.thin, geometry));
		this.readout = $derived(this.focusedYear === null ? null : this.#readout(this.focusedYear));
	}

	#readout(year: number): YearReadout {
		const inForce = filterLinks(
			this.filtered,
			{ types: new Set(this.types.shownTypes), from: year, to: year },
			this.data.years.currentYear
		);
		const i = this.series.years.indexOf(year);
		const inRow = (link: LinkCore, key: string) =>
			[link.from, link.to, ...(link.parties ?? [])].some(
				(p) => p !== this.data.actor && this.data.rowOf[p] === key
			);
		return {
			year,
			ties: this.series.totals[i] ?? 0,
			conflicts: this.series.conflictTotals[i] ?? 0,
			rows: this.series.rows
				.filter((row) => (row.values[i] ?? 0) + (row.conflicts[i] ?? 0) > 0)
				.map((row) => ({
					key: row.key,
					name: row.name,
					links: inForce.filter((link) => inRow(link, row.key))
				}))
		};
	}

	focusYear(year: number | null): void {
		this.focusedYear = year;
	}
}
