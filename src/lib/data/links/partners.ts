import type { Link } from '../types';

export const partnersLinks: Link[] = [
	{
		id: 'pol-geo-kaczynski-tbilisi-rally-2008',
		type: 'diplomacy',
		from: 'GEO',
		to: 'POL',
		parties: ['UKR'],
		start: '2008-08-12',
		end: '2008-08-12',
		title: 'Kaczyński leads five leaders to Tbilisi during the Russian invasion',
		summary:
			"Polish President Lech Kaczyński flew to Tbilisi on 12 August 2008 with the presidents of Ukraine, Lithuania and Estonia and Latvia's prime minister to show solidarity with Georgia, warning a mass rally that Russia could next turn on Ukraine, the Baltic states and Poland. Polish officials later credited the visit with helping to halt the Russian advance, a claim that is their own assessment.",
		status: 'ended',
		sources: [
			{
				publisher: 'President of the Republic of Poland',
				title: 'President of RP sets off to visit Georgia',
				url: 'https://www.president.pl/en/archive/news-archive/news-2008/art,119,president-of-rp-sets-off-to-visit-georgia.html',
				date: '2008-08-12'
			},
			{
				publisher: 'TVP World',
				title: "14th anniversary of President Kaczyński's visit to Georgia under attack",
				url: 'https://tvpworld.com/61802518/14th-anniversary-of-president-kaczynskis-visit-to-georgia-under-attack'
			},
			{
				publisher: 'Polskie Radio',
				title: '11 years since landmark speech by Polish leader in Georgia',
				url: 'https://www.polskieradio.pl/395/7785/Artykul/2353833,11-years-since-landmark-speech-by-Polish-leader-in-Georgia',
				date: '2019-08-12'
			}
		]
	},
	{
		id: 'eu-eastern-partnership-2009',
		type: 'diplomacy',
		from: 'GEO',
		to: 'EU',
		parties: ['ARM', 'AZE', 'UKR', 'BLR', 'POL'],
		start: '2009-05-07',
		end: null,
		title: 'EU launches the Eastern Partnership at the Prague summit',
		summary:
			"Proposed by Polish and Swedish foreign ministers Sikorski and Bildt at an EU council on 26 May 2008, the Eastern Partnership was launched at a Prague summit on 7 May 2009 with Armenia, Azerbaijan, Georgia, Belarus, Moldova and Ukraine, aiming at political association and economic integration; Russia's leadership criticised it as directed against Moscow.",
		status: 'in-force',
		sources: [
			{
				publisher: 'EUobserver',
				title: "'Eastern Partnership' could lead to enlargement, Poland says",
				url: 'https://euobserver.com/world/26211'
			},
			{
				publisher: 'The Messenger (Georgia)',
				title: "'EU Eastern Partnership' project proposed",
				url: 'https://messenger.com.ge/issues/1615_may_29_2008/1615_econ_two.html',
				date: '2008-05-29'
			},
			{
				publisher: 'Politico Europe',
				title: 'EU launches Eastern Partnership',
				url: 'https://www.politico.eu/article/eu-launches-eastern-partnership/'
			},
			{
				publisher: 'CACI Analyst',
				title: 'Field report on the Eastern Partnership Prague summit (headline not captured)',
				url: 'https://cacianalyst.org./publications/field-reports/item/11855-field-reports-caci-analyst-2009-6-3-art-11855.html'
			}
		]
	},
	{
		id: 'aze-pol-strategic-partnership-declaration-2008',
		type: 'diplomacy',
		from: 'AZE',
		to: 'POL',
		start: '2008-02-26',
		end: null,
		title: 'Aliyev in Warsaw: Poland-Azerbaijan declaration on strategic partnership',
		summary:
			"On an official visit to Poland, Ilham Aliyev and Lech Kaczyński signed a joint declaration to strengthen their strategic partnership, backing Azerbaijan's territorial integrity in the Karabakh conflict and a Caspian oil transit route via Odessa-Brody-Płock-Gdańsk. In 2017 presidents Duda and Aliyev added a road-map declaration and an energy memorandum.",
		status: 'signed',
		sources: [
			{
				publisher: 'Wikinews (Polish)',
				title: '2008-02-28: Wizyta Prezydenta Azerbejdżanu İlhama Əliyeva w Polsce',
				url: 'https://pl.m.wikinews.org/wiki/2008-02-28:_Wizyta_Prezydenta_Azerbejd%C5%BCanu_%C4%B0lhama_%C6%8Fliyeva_w_Polsce',
				date: '2008-02-28'
			},
			{
				publisher: 'Portal Spraw Zagranicznych',
				title: 'Polska/ Kaczyński: Polska wspiera Azerbejdżan',
				url: 'https://psz.pl/162-wschod/polska-kaczynski-polska-wspiera-azerbejdzan'
			},
			{
				publisher: 'BiznesAlert',
				title: 'Memorandum o współpracy energetycznej Polska-Azerbejdżan pod patronatem prezydenta',
				url: 'https://biznesalert.pl/memorandum-o-wspolpracy-energetycznej-polska-azerbejdzan-patronatem-prezydenta/',
				date: '2017-06-29'
			}
		]
	},
	{
		id: 'arm-pol-military-technical-agreement-2026',
		type: 'treaty',
		from: 'ARM',
		to: 'POL',
		start: '2026-02',
		end: null,
		title: 'Armenia and Poland sign military-technical cooperation agreement',
		summary:
			"During Nikol Pashinyan's official visit to Warsaw, Foreign Minister Mirzoyan and Polish Defence Minister Kosiniak-Kamysz signed a military-technical cooperation agreement; Donald Tusk backed Armenia's EU rapprochement. It followed President Duda's November 2024 visit to Yerevan, where he pledged support for Armenia's EU integration.",
		status: 'signed',
		sources: [
			{
				publisher: 'JAMnews',
				title: "Nikol Pashinyan's visit to Poland",
				url: 'https://jam-news.net/nikol-pashinyans-visit-to-poland/',
				date: '2026-02-27'
			},
			{
				publisher: 'OC Media',
				title: 'Polish president affirms plans to deepen ties with Armenia',
				url: 'https://oc-media.org/polish-president-affirms-plans-to-deepen-ties-with-armenia'
			}
		]
	},
	{
		id: 'arm-hun-diplomatic-suspension-safarov-2012',
		type: 'conflict',
		from: 'ARM',
		to: 'HUN',
		parties: ['AZE'],
		start: '2012-08-31',
		end: '2022-12-01',
		title: 'Armenia cuts ties with Hungary over the Safarov extradition',
		summary:
			'Armenia suspended diplomatic relations with Hungary the day Budapest transferred Ramil Safarov, jailed for life for axing an Armenian officer during a 2004 NATO course, to Azerbaijan, where Aliyev pardoned him. Hungary said it had assurances he would serve his sentence; Yerevan called it a deal with Baku. The foreign ministers agreed to restore full relations at the OSCE ministerial in Łódź on 1 December 2022.',
		status: 'ended',
		sources: [
			{
				publisher: 'Reuters (via Chicago Tribune)',
				title: 'Armenia says suspends Hungary ties in soldier row',
				url: 'http://articles.chicagotribune.com/2012-08-31/news/sns-rt-armenia-hungaryl6e8jvipw-20120831_1_azeri-soldier-armenian-nagorno-karabakh-azeris-and-armenians',
				date: '2012-08-31'
			},
			{
				publisher: 'Atlantic Council (RFE/RL)',
				title: 'Armenia breaks diplomatic relations with Hungary over Safarov case',
				url: 'https://www.atlanticcouncil.org/blogs/natosource/armenia-breaks-diplomatic-relations-with-hungary-over-safarov-case/'
			},
			{
				publisher: 'Mediamax',
				title:
					'Armenia and Hungary agree to restore full diplomatic relations (headline not captured)',
				url: 'https://mediamax.am/en/news/foreignpolicy/49557/',
				date: '2022-12-02'
			},
			{
				publisher: 'Massis Post',
				title: 'Armenia and Hungary Agree to Restore Diplomatic Ties',
				url: 'https://massispost.com/2022/12/armenia-and-hungary-agree-to-restore-diplomatic-ties/'
			}
		]
	},
	{
		id: 'aze-ita-strategic-partnership-2014',
		type: 'diplomacy',
		from: 'AZE',
		to: 'ITA',
		start: '2014-07',
		end: null,
		title: 'Italy-Azerbaijan strategic partnership declaration, with a Rome caveat',
		summary:
			"A joint declaration on strategic partnership was agreed during Ilham Aliyev's 2014 visit to Rome. Italy's embassy in Baku then issued a statement clarifying that the text did not interfere with the OSCE Minsk Group process on Karabakh, which Italy continued to support.",
		status: 'signed',
		sources: [
			{
				publisher: 'Embassy of Italy in Baku',
				title:
					"Comunicato stampa dell'Italia sulla dichiarazione italo-Azerbaijana sul parternariato strategico",
				url: 'https://ambbaku.esteri.it/it/news/dall_ambasciata/2014/07/comunicato-20140718/',
				date: '2014-07-18'
			},
			{
				publisher: 'OANA / AZERTAC',
				title:
					'Notizie Geopolitiche: 25th anniversary of Azerbaijan-Italy diplomatic relations: the road to strategic partnership',
				url: 'http://www.oananews.org/content/news/politics/notizie-geopolitiche-25th-anniversary-azerbaijan-italy-diplomatic-relations',
				date: '2017-05-09'
			}
		]
	},
	{
		id: 'aze-ita-multidimensional-strategic-partnership-2020',
		type: 'treaty',
		from: 'AZE',
		to: 'ITA',
		start: '2020-02-20',
		end: null,
		title: 'Azerbaijan-Italy declaration on multidimensional strategic partnership',
		summary:
			'During the first state visit by an Azerbaijani president to Italy (20-21 February 2020), Aliyev and Prime Minister Conte signed a joint declaration on strengthening their multidimensional strategic partnership, among about 20 documents. Aliyev said Azerbaijan supplied 17% of the oil Italy consumed and bilateral trade reached USD 6 billion in 2019.',
		status: 'signed',
		value: '17% of Italian oil consumption (Aliyev, 2020)',
		sources: [
			{
				publisher: 'Embassy of Azerbaijan in Italy',
				title: 'Visita di Stato del Presidente Ilham Aliyev in Italia',
				url: 'https://rome.mfa.gov.az/index.php/it/news/5143/visita-di-stato-del-presidente-ilham-aliyev-in-italia'
			},
			{
				publisher: 'Turan',
				title: 'Ilham Aliyev on the results of the visit to Italy',
				url: 'https://turan.az/ext/news/2020/2/free/politics%20news/en/87497.htm',
				date: '2020-02-22'
			}
		]
	}
];
