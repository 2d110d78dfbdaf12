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
		title: 'Kaczyński and four other leaders rally in Tbilisi during the Russian invasion',
		summary:
			"Polish President Lech Kaczyński flew to Tbilisi on 12 August 2008 with the presidents of Ukraine, Lithuania and Estonia and Latvia's prime minister to show solidarity with Georgia, warning a mass rally that Russia could next turn on Ukraine, the Baltic states and Poland. Polish officials later credited the visit with helping to halt the Russian advance, a claim that is their own assessment.",
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
	},
	{
		id: 'aze-nato-partnership-for-peace-1994',
		type: 'treaty',
		from: 'AZE',
		to: 'NATO',
		start: '1994-05-04',
		end: null,
		title: 'Azerbaijan joins NATO Partnership for Peace',
		summary:
			"Heydar Aliyev signed NATO's Partnership for Peace framework document at NATO headquarters on 4 May 1994, building on Azerbaijan's 1992 entry into the North Atlantic Cooperation Council. Baku followed with a PfP presentation document (1996), the Planning and Review Process (1997) and an Individual Partnership Action Plan (2004).",
		status: 'in-force',
		sources: [
			{
				publisher: 'Ministry of Foreign Affairs of Azerbaijan',
				title: 'Overview of Azerbaijan-NATO Partnership',
				url: 'http://www.mfa.gov.az/en/content/560'
			},
			{
				publisher: 'Ministry of Defence of Azerbaijan',
				title:
					'Air Chief Marshal Sir Stuart Peach, Chairman of the NATO Military Committee: Stronger together - 25 years of NATO-Azerbaijan partnership',
				url: 'https://mod.gov.az/en/news/air-chief-marshal-sir-stuart-peach-chairman-of-the-nato-military-committee-stronger-together-25-years-of-nato-azerb-26709.html'
			}
		]
	},
	{
		id: 'arm-nato-partnership-for-peace-1994',
		type: 'treaty',
		from: 'ARM',
		to: 'NATO',
		start: '1994-10-05',
		end: null,
		title: 'Armenia joins NATO Partnership for Peace',
		summary:
			"Armenia signed the Partnership for Peace framework document on 5 October 1994, after joining the North Atlantic Cooperation Council in 1992; RFE/RL reported Yerevan had waited until Russia joined. NATO marked 30 years of partnership in 2024, citing Armenia's contributions to ISAF and KFOR.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Global News Georgia',
				title:
					'NATO welcomes deepening of relations on 30th anniversary of Armenia partnership (headline not captured)',
				url: 'https://globalnews.ge/en/region/974-nato-somxettan-urtiertobis-garrmavebas-quot-gansak'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenia Submits Individual Partnership Action Plan To NATO',
				url: 'https://www.azatutyun.am/a/1577289.html'
			}
		]
	},
	{
		id: 'arm-nato-ipap-2005',
		type: 'treaty',
		from: 'ARM',
		to: 'NATO',
		start: '2005-12-16',
		end: null,
		title: 'Armenia launches its Individual Partnership Action Plan with NATO',
		summary:
			"After more than a year of talks, Armenia's first two-year IPAP with NATO took effect on 16 December 2005, committing Yerevan to defence reforms including greater civilian control of the military; Azerbaijan and Georgia had agreed such plans earlier.",
		status: 'in-force',
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: "Armenia, NATO Launch 'Individual Partnership' Plan",
				url: 'http://www.azatutyun.am/a/1579884.html'
			},
			{
				publisher: 'ARKA (via Armenian Club)',
				title: "NATO Administration Satisfied With Armenia's Steps Under IPAP",
				url: 'https://armenianclub.com/2006/10/17/nato-administration-satisfied-with-armenias-steps-under-ipap/amp',
				date: '2006-10-16'
			}
		]
	},
	{
		id: 'arm-nato-kfor-2004',
		type: 'mission',
		from: 'ARM',
		to: 'NATO',
		start: '2004',
		end: null,
		title: 'Armenian peacekeepers serve in NATO-led KFOR in Kosovo',
		summary:
			'Armenia has contributed troops to the NATO-led Kosovo Force since 2004, reaching about 70 soldiers by 2008, and also served in the NATO-led ISAF mission in Afghanistan; in 2013 the US embassy said some 200 Armenian soldiers were deployed on NATO-led missions in Afghanistan and Kosovo.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Global News Georgia',
				title:
					'NATO welcomes deepening of relations on 30th anniversary of Armenia partnership (headline not captured)',
				url: 'https://globalnews.ge/en/region/974-nato-somxettan-urtiertobis-garrmavebas-quot-gansak'
			},
			{
				publisher: 'Rossiyskaya Gazeta',
				title: 'Представитель НАТО по вопросам развития пригласил Армению вступить в альянс',
				url: 'https://rg.ru/2023/09/04/predstavitel-nato-po-voprosam-razvitiia-priglasil-armeniiu-vstupit-v-alians.html',
				date: '2023-09-04'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: "U.S. Lauds Armenia's Ties With NATO",
				url: 'https://www.azatutyun.am/a/25177232.html'
			}
		]
	},
	{
		id: 'aze-nato-kfor-isaf-1999',
		type: 'mission',
		from: 'AZE',
		to: 'NATO',
		start: '1999',
		end: null,
		title: 'Azerbaijani troops in NATO-led KFOR and ISAF',
		summary:
			'NATO says Azerbaijani forces served in the NATO-led Kosovo peacekeeping operation from 1999 to 2008 and supported ISAF in Afghanistan from 2002, first as a unit within a Turkish contingent, with plans to grow to about 90 personnel.',
		uncertain:
			'The NATO page seen is undated, so the end of the Afghan deployment is not given here.',
		sources: [
			{
				publisher: 'NATO',
				title: "NATO's relations with Azerbaijan",
				url: 'http://www.nato.int/cps/uk/SID-06060C15-2AA355FC/natolive/topics_49111.htm'
			}
		]
	},
	{
		id: 'arm-csto-request-unanswered-2022',
		type: 'conflict',
		from: 'ARM',
		to: 'CSTO',
		start: '2022-09-13',
		end: '2022-11-23',
		title: 'CSTO answers Armenian plea for help with only a fact-finding mission',
		summary:
			"Hours after Azerbaijani attacks on Armenian border positions on 13 September 2022, Armenia asked the CSTO for military help; its allies sent only a fact-finding mission, as in May 2021 when an Article 2 appeal drew no joint support. At the Yerevan CSTO summit on 23 November Pashinyan called this a failure damaging the bloc's image and refused to sign a draft declaration on assistance to Armenia.",
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Pashinian seeks emergency CSTO summit (headline not captured)',
				url: 'https://azatutyun.am/a/32101839.html'
			},
			{
				publisher: 'Dawn (Reuters)',
				title: 'Armenian leader laments lack of help from Russia-led alliance',
				url: 'https://dawn.com/news/1722780/armenian-leader-laments-lack-of-help-from-russia-led-alliance',
				date: '2022-11-24'
			},
			{
				publisher: 'Armenian Mirror-Spectator (RFE/RL)',
				title: 'Pashinyan Again Criticizes Russian-Led Military Bloc',
				url: 'https://mirrorspectator.com/2022/05/17/pashinyan-again-criticizes-russian-led-military-bloc/',
				date: '2022-05-17'
			},
			{
				publisher: 'News360 (Europa Press)',
				title: "Pashinian criticizes CSTO for not preventing Azerbaijan's aggression",
				url: 'https://news360.es/usa/2022/11/23/pashinian-criticizes-csto-for-not-preventing-azerbaijans-aggression-in-nagorno-karabakh-conflict-2'
			}
		]
	},
	{
		id: 'aze-osce-baku-office-closure-2015',
		type: 'conflict',
		from: 'AZE',
		to: 'OSCE',
		start: '2015-06-04',
		end: '2015-07-04',
		title: 'Azerbaijan shuts the OSCE office in Baku',
		summary:
			'After forcing a downgrade of the OSCE Office in Baku to a Project Co-ordinator in 2014, Azerbaijan declared the 2014 memorandum on it void from 4 June 2015 without explanation, amid Western criticism of its crackdown on civil society; the office stopped operating on 4 July 2015.',
		status: 'ended',
		sources: [
			{
				publisher: 'RFE/RL',
				title: 'Azerbaijan Orders OSCE To Close Baku Office',
				url: 'https://www.rferl.org/a/27055923.html'
			},
			{
				publisher: 'Eastern Partnership Civil Society Forum (OSCE press release)',
				title: 'OSCE Project Co-ordinator in Baku Discontinues Its Operations in Azerbaijan',
				url: 'http://archive.eap-csf.eu/en/working-groups/wg1-democracy-human-rights/azerbaijan-watch/osce-project-co-ordinator-in-baku-discontinues-its-operations-in-azerbaijan/index.html',
				date: '2015-07-06'
			},
			{
				publisher: 'ANN.az',
				title: 'OSCE office in Baku downgraded to Project Co-ordinator',
				url: 'https://anews.az/en/osce-office-in-baku-downgraded-to-project-co-ordinator'
			}
		]
	},
	{
		id: 'osce-arm-yerevan-office-closure-2017',
		type: 'conflict',
		from: 'ARM',
		to: 'OSCE',
		parties: ['AZE'],
		start: '2017-05-04',
		end: '2017-08-31',
		title: 'Azerbaijani veto forces the OSCE to close its Yerevan office',
		summary:
			"Azerbaijan blocked the consensus needed to extend the OSCE Office in Yerevan's mandate, objecting to a humanitarian demining programme it said could strengthen Armenian forces; Armenia said Baku simply wanted the office closed after shutting the Baku one. The OSCE announced the closure in May and the office shut on 31 August 2017, leaving no full OSCE field mission in the South Caucasus.",
		status: 'ended',
		sources: [
			{
				publisher: 'Permanent Mission of Armenia to the OSCE',
				title:
					'Statement On the Update of the Extension of the Mandate of the OSCE Office in Yerevan delivered by the Delegation of Armenia at the 1144th Meeting of the OSCE Permanent Council',
				url: 'http://osce.mfa.am/en/news/item/2017/05/04/2017/',
				date: '2017-05-04'
			},
			{
				publisher: 'JAMnews',
				title: "OSCE's Office in Yerevan to be shut down",
				url: 'https://jam-news.net/osces-office-in-yerevan-to-shut-down/'
			},
			{
				publisher: 'Ditord (OSCE)',
				title: 'OSCE Office in Yerevan discontinues its operations in Armenia',
				url: 'https://ditord.com/2017/08/osce-office-in-yerevan-discontinues-its-operations-in-armenia/?share=email'
			}
		]
	},
	{
		id: 'aze-un-unga-resolution-62-243-2008',
		type: 'diplomacy',
		from: 'AZE',
		to: 'UN',
		parties: ['ARM'],
		start: '2008-03-14',
		end: '2008-03-14',
		title: 'UN General Assembly resolution 62/243 on the occupied territories of Azerbaijan',
		summary:
			"On Azerbaijan's draft, the General Assembly reaffirmed Azerbaijan's territorial integrity and demanded the withdrawal of all Armenian forces from its occupied territories, by 39 votes to 7 with 100 abstentions; the Minsk Group co-chairs France, Russia and the US voted against, alongside Armenia.",
		sources: [
			{
				publisher: 'UN press release (via US Fed News, reposted on Armenian Diaspora forum)',
				title:
					'General Assembly adopts resolution reaffirming territorial integrity of Azerbaijan, demanding withdrawal of all Armenian forces',
				url: 'https://armeniandiaspora.com/forum/2008/march-2008/123964-us-unga-adopts-res-reaffirming-territorial-integrity-of-azerbaijan?p=123964',
				date: '2008-03-14'
			},
			{
				publisher: 'Wikipedia',
				title: 'United Nations General Assembly Resolution 62/243',
				url: 'https://en.wikipedia.org/wiki/United_Nations_General_Assembly_Resolution_62/243'
			}
		]
	},
	{
		id: 'aze-tkm-dostlug-field-mou-2021',
		type: 'energy',
		from: 'AZE',
		to: 'TKM',
		start: '2021-01-21',
		end: null,
		title: 'Azerbaijan and Turkmenistan agree to develop the disputed Dostlug field',
		summary:
			'Foreign ministers Bayramov and Meredov signed in Ashgabat, with Aliyev and Berdimuhamedov on video link, a memorandum on joint exploration and development of the Caspian field once claimed as Kapaz by Baku and Serdar by Ashgabat, the first joint Caspian field development by the two; working groups then drafted an intergovernmental agreement.',
		status: 'signed',
		sources: [
			{
				publisher: 'Ministry of Foreign Affairs of Azerbaijan',
				title:
					'Azerbaijan and Turkmenistan sign MoU on joint exploration and development of "Dostlug" field in Caspian Sea',
				url: 'https://geneva.mfa.gov.az/en/news/6505/azerbaijan-and-turkmenistan-sign-mou-on-joint-exploration-and-development-of-dostlug-field-in-caspian-sea'
			},
			{
				publisher: 'DM Monitoring',
				title: 'Baku, Ashgabat to resolve disputes on Caspian oil field',
				url: 'https://tdminews.com/baku-ashgabat-to-resolve-disputes-on-caspian-oil-field'
			},
			{
				publisher: 'Trend',
				title:
					'Azerbaijan, Turkmenistan agree further steps on Dostlug field (headline not captured)',
				url: 'https://en.trend.az/business/energy/3462406.html',
				date: '2021-07-29'
			}
		]
	},
	{
		id: 'tkm-aze-gas-swap-via-iran-2021',
		type: 'energy',
		from: 'AZE',
		to: 'TKM',
		parties: ['IRN'],
		start: '2021-11-28',
		end: null,
		title: 'Trilateral swap brings Turkmen gas to Azerbaijan via Iran',
		summary:
			"Signed in Ashgabat on the sidelines of the ECO summit, the contract has Turkmenistan deliver 1.5-2 bcm a year to Iran's north while Iran supplies an equal volume to Azerbaijan, keeping a share for its own provinces; Iran's oil minister said deliveries began on 1 January 2022.",
		status: 'in-force',
		value: '1.5-2 bcm a year (contract volume)',
		sources: [
			{
				publisher: 'Natural Gas World',
				title: 'Azerbaijan, Iran, Turkmenistan agree gas swap deal',
				url: 'https://naturalgasworld.com./azerbaijan-iran-turkmenistan-agree-gas-swap-deal-94413'
			},
			{
				publisher: 'Trend',
				title:
					'Iranian oil minister on Turkmen gas imports under swap deal (headline not captured)',
				url: 'https://en.trend.az/business/energy/3536424.html'
			},
			{
				publisher: 'Strati.az',
				title: 'Azerbaijan, Iran Sign Deal to Transfer Turkmen Gas',
				url: 'http://strati.az/news/3353.html',
				date: '2021-11-30'
			}
		]
	},
	{
		id: 'geo-ukr-aze-guam-1997',
		type: 'treaty',
		from: 'GEO',
		to: 'UKR',
		parties: ['AZE'],
		start: '1997-10-10',
		end: null,
		title: 'GUAM: Georgia, Ukraine, Azerbaijan and Moldova group',
		summary:
			'GUAM began as a consultative forum founded in Strasbourg on 10 October 1997, became an association under the 2001 Yalta Charter (with Uzbekistan until 2005), and was turned into the Organization for Democracy and Economic Development-GUAM with a charter signed at the Kyiv summit of 23 May 2006, with a secretariat in Kyiv and goals of European integration and energy and transport cooperation.',
		status: 'in-force',
		sources: [
			{
				publisher: 'GUAM',
				title: 'About the Organization for Democracy and Economic Development-GUAM',
				url: 'https://guam-organization.org/en/about-the-organization-for-democracy-and-economic-development-guam/'
			},
			{
				publisher: 'GUAM',
				title:
					'Kyiv Declaration on establishment of the Organization for Democracy and Economic Development-GUAM',
				url: 'https://guam-organization.org/en/kyiv-declaration-on-establishment-of-the-organization-for-democracy-and-economic-development-guam/'
			},
			{
				publisher: 'The Ukrainian Weekly',
				title: 'GUAM creates Organization for Democracy and Economic Development',
				url: 'https://ukrweekly.com/old/archive/2006/220608.shtml'
			}
		]
	},
	{
		id: 'ukr-geo-buk-arms-2008',
		type: 'arms',
		from: 'UKR',
		to: 'GEO',
		start: '2008',
		end: '2008',
		title: 'Ukraine supplied Georgia with Buk-M1 air defence before the August war',
		summary:
			'Ukraine sold Georgia weapons including Buk-M1 air-defence systems before the August 2008 war; a Ukrainian parliamentary commission led by Valeriy Konovaliuk alleged sales at steep discounts and that Ukrainian technicians serviced the systems during the fighting. Kyiv confirmed the supplies but called them lawful and denied its specialists took part in combat.',
		status: 'delivered',
		systems: ['Buk-M1'],
		uncertain:
			"Details come mainly from a Ukrainian opposition-led commission and a newspaper citing prosecutors, relayed by Russian state media and Kyiv Post; the Ukrainian government disputed the commission's findings.",
		sources: [
			{
				publisher: 'Kyiv Post',
				title:
					'Media: Prosecutors confirm Ukrainian specialists worked in Georgia (headline not captured)',
				url: 'https://archive.kyivpost.com/article/content/ukraine-politics/media-prosecutors-confirm-ukrainian-specialists-wo-48911.html'
			},
			{
				publisher: 'RT',
				title: "Ukraine 'continues to arm Georgia'",
				url: 'https://www.rt.com/russia/ukraine-continues-to-arm-georgia/',
				date: '2008-11-03'
			}
		]
	},
	{
		id: 'blr-aze-polonez-2018',
		type: 'arms',
		from: 'BLR',
		to: 'AZE',
		start: '2018-06',
		end: null,
		title: 'Belarus delivers Polonez long-range rocket launchers to Azerbaijan',
		summary:
			"Azerbaijan became the first foreign user of Belarus's 301 mm Polonez MLRS, shown at a new rocket-forces unit in June 2018, with further batches in September 2018 under an intergovernmental agreement; analysts saw it as an answer to Armenia's Iskanders, and Yerevan had warned its CSTO ally such a sale would be unfriendly. A 2017 report citing SIPRI said Azerbaijan had bought about USD 170 million of Belarusian arms since 2002.",
		status: 'delivered',
		systems: ['Polonez MLRS'],
		sources: [
			{
				publisher: 'Armenpress',
				title: 'Belarus supplies Polonez to Azerbaijan (headline not captured)',
				url: 'https://armenpress.am/eng/news/937000/',
				date: '2018-06-11'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: 'Azerbaijan receives new batch of Polonez systems from Belarus',
				url: 'https://panarmenian.net/m/eng/news/260574',
				date: '2018-09-28'
			},
			{
				publisher: 'EADaily',
				title: '"Our response to Iskander": Baku wants to buy Belarusian Polonezes',
				url: 'https://eadaily.com./en/news/2017/10/23/our-response-to-iskander-baku-wants-to-buy-belarusian-polonezes'
			}
		]
	},
	{
		id: 'aze-kaz-oil-transit-btc-2022',
		type: 'energy',
		from: 'AZE',
		to: 'KAZ',
		parties: ['GEO', 'TUR'],
		start: '2022-11',
		end: null,
		title: 'Kazakh oil diverted around Russia through the BTC pipeline',
		summary:
			'A November 2022 SOCAR-KazMunayGas agreement provided for 1.5 million tonnes a year of Tengiz oil to be shipped across the Caspian and through Baku-Tbilisi-Ceyhan, with deliveries from March 2023; 2024 deals aimed at up to 2.2 million tonnes a year, Kashagan oil followed in January 2025, and KMG reported about 3.4 million tonnes moved by October 2025.',
		status: 'in-force',
		value: '1.5 million tonnes a year (2022 agreement)',
		sources: [
			{
				publisher: 'Trend',
				title: 'Kazakhstan to launch oil shipment via BTC in March (headline not captured)',
				url: 'https://en.trend.az/azerbaijan/business/3723588.html',
				date: '2023-03-15'
			},
			{
				publisher: 'News.az',
				title: "SOCAR begins transit of crude oil from Kazakhstan's Kashagan field",
				url: 'https://news.az/news/socar-begins-transit-of-crude-oil-from-kazakhstan-s-kashagan-field'
			},
			{
				publisher: 'Trend',
				title: 'About 3.4 million tons of Kazakh oil transported via BTC (headline not captured)',
				url: 'https://www.trend.az/azerbaijan/business/4098410.html',
				date: '2025-10-02'
			}
		]
	},
	{
		id: 'rus-arm-sipri-import-share-2016-2020',
		type: 'arms',
		from: 'RUS',
		to: 'ARM',
		start: '2016',
		end: '2020',
		title: "SIPRI: Russia supplied 94% of Armenia's arms imports before the 2020 war",
		summary:
			"SIPRI data reported in 2020 and 2021 put Russia's share of Armenia's major arms imports at 94% (2015-19 and 2016-20), including S-300 and Tor air defence, Iskander missiles and Su-30 fighters; Armenia's imports in 2015-19 were 415% higher than in the previous five years. Armenia's Security Council secretary Armen Grigoryan later said Russia's share of arms contracts signed since 2021 had fallen to about 10%, as Yerevan turned to India and France.",
		value: '94% of Armenian major arms imports, 2016-2020 (SIPRI)',
		sources: [
			{
				publisher: 'Anadolu Agency',
				title: "Russia provides 94% of Armenia's weapons in 5 years",
				url: 'https://aa.com.tr/en/europe/russia-provides-94-of-armenia-s-weapons-in-5-years/2023969'
			},
			{
				publisher: 'Public Radio of Armenia (Greek service)',
				title: 'SIPRI: arms imports of Armenia and Azerbaijan (headline not captured)',
				url: 'https://el.armradio.am/2021/03/17/sipri-%CF%84%CE%B1-%CF%84%CE%B5%CE%BB%CE%B5%CF%85%CF%84%CE%B1%CE%AF%CE%B1-%CF%87%CF%81%CF%8C%CE%BD%CE%B9%CE%B1-%CE%B7-%CE%B1%CF%81%CE%BC%CE%B5%CE%BD%CE%AF%CE%B1-%CE%BA%CE%B1%CE%B9-%CF%84%CE%BF/',
				date: '2021-03-17'
			},
			{
				publisher: 'Verelq (CivilNet)',
				title: 'SIPRI report on 2015-2019 arms transfers (Armenian; headline not captured)',
				url: 'https://verelq.am/hy/node/62043'
			},
			{
				publisher: 'BM.ge',
				title: 'The share of arms deliveries from Russia to Armenia has decreased from 96% to 10%',
				url: 'https://bm.ge/en/news/the-share-of-arms-deliveries-from-russia-to-armenia-has-decreased-from-96-to-10'
			}
		]
	},
	{
		id: 'rus-aze-sipri-import-share-2010-2014',
		type: 'arms',
		from: 'RUS',
		to: 'AZE',
		start: '2010',
		end: '2014',
		title: "SIPRI: Russia supplied 85% of Azerbaijan's arms imports in 2010-14",
		summary:
			"SIPRI's 2015 fact sheet, as reported by APA, found Azerbaijan's arms imports rose 249% between 2005-09 and 2010-14, making it Europe's second-largest importer, with 85% from Russia. Russia's share then fell to 51% in 2014-18 and 31% in 2015-19 as Israel overtook it.",
		value: '85% of Azerbaijani major arms imports, 2010-2014 (SIPRI)',
		sources: [
			{
				publisher: 'Menafocus (APA)',
				title: "Report: Armenia's arms imports equal to only 4 percent of Azerbaijan's",
				url: 'https://menafocus.qa/%EF%BB%BFreport-armenias-arms-imports-equal-to-only-4-percent-of-azerbaijans/'
			},
			{
				publisher: 'APA',
				title: "SIPRI: Azerbaijan's arms import increased by 15 percent",
				url: 'https://apa.az/en/xeber/agrarian-industry/sipri-azerbaijans-arms-import-increased-by-15-percent-278673',
				date: '2019-03-11'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: 'SIPRI: Armenia bought almost all of its arms from Russia',
				url: 'http://www.panarmenian.net/eng/news/278787/',
				date: '2020-03-09'
			}
		]
	},
	{
		id: 'isr-geo-arms-drones-2007-2008',
		type: 'arms',
		from: 'ISR',
		to: 'GEO',
		start: '2007',
		end: '2008',
		title: 'Israeli drones and arms for Georgia, curbed under Russian pressure in 2008',
		summary:
			"Israel's defence ministry approved sales of Elbit Hermes 450 drones to Georgia in 2007, alongside other equipment and training, with exports put at about USD 200 million; after Russia protested a drone shot down over Abkhazia in April 2008, Israel halted or reduced sales. Georgian officials denied a full embargo, and Israeli officials said only offensive systems were stopped.",
		status: 'delivered',
		systems: ['Hermes 450'],
		uncertain:
			'Accounts differ on whether Israel froze all sales or only offensive systems, and on the timing (December 2007 or August 2008).',
		sources: [
			{
				publisher: 'Civil.ge',
				title: 'Reports: Israel Halts Arms Sale to Georgia',
				url: 'https://civil.ge/archives/116898'
			},
			{
				publisher: 'The Jerusalem Post',
				title: 'Israel cuts defense sales to Georgia',
				url: 'https://www.jpost.com/israel/israel-cuts-defense-sales-to-georgia'
			},
			{
				publisher: 'Middle East Newsline',
				title: 'Israel Divided Over Military Sales To Georgia',
				url: 'https://www.menewsline.com/article-1226-Israel-Divided-Over-Military-Sale.html'
			}
		]
	},
	{
		id: 'fra-geo-air-defence-2015',
		type: 'arms',
		from: 'FRA',
		to: 'GEO',
		start: '2015-06-15',
		end: '2018-10-01',
		title: 'Georgia buys French air-defence radars and missiles',
		summary:
			'Georgia signed contracts with ThalesRaytheonSystems (15 June 2015) and MBDA (July 2015) worth EUR 77.63 million for ground-based surveillance radars, command and control, and short-range air-defence missiles, the first large Western air-defence sale to Tbilisi; the systems were presented on arrival in October 2018.',
		status: 'delivered',
		systems: ['Ground Master 200', 'Ground Master 400', 'Mistral'],
		value: 'EUR 77.63 million (two contracts)',
		sources: [
			{
				publisher: 'Civil.ge',
				title: 'France Helps Georgia Improve Air Surveillance Capabilities',
				url: 'https://oldwp.civil.ge/archives/256027/amp'
			},
			{
				publisher: 'Jamestown Foundation',
				title: 'France Is Prepared to Supply Advanced Air Defense Infrastructure to Georgia',
				url: 'https://jamestown.org/program/france-is-prepared-to-supply-advanced-air-defense-infrastructure-to-georgia/'
			},
			{
				publisher: 'DefenceTalk',
				title: 'Georgia to Buy Advanced Air Defense Missiles from France',
				url: 'https://defencetalk.com/georgia-to-buy-advanced-air-defense-missiles-from-france-64746'
			}
		]
	},
	{
		id: 'arm-eaeu-russian-warnings-eu-bid-2025',
		type: 'conflict',
		from: 'ARM',
		to: 'EAEU',
		parties: ['RUS'],
		start: '2025-01',
		end: null,
		title: "Moscow warns Armenia's EU-accession law means leaving the EAEU",
		summary:
			"As Armenia's parliament took up a bill to launch EU accession, Russian Deputy Prime Minister Overchuk said the EU and EAEU were incompatible, that Moscow saw the move as the start of an EAEU exit and would adjust its economic policy, and after the law passed in March 2025 that Yerevan could not sit on two chairs; in June he said Russia would send a formal letter and raise Armenian food-certification rules with the Eurasian Economic Commission. Yerevan said it had no plan to leave the EAEU.",
		status: 'ongoing',
		sources: [
			{
				publisher: 'Mediamax',
				title: "Russia views Armenia's EU bill as start of EAEU withdrawal (headline not captured)",
				url: 'https://mediamax.am/en/news/foreignpolicy/56646/',
				date: '2025-01-12'
			},
			{
				publisher: 'Ukrainska Pravda',
				title: 'Russia reacts to Armenia\'s EU accession law: "Sitting on two chairs won\'t work"',
				url: 'https://www.pravda.com.ua/eng/news/2025/03/27/7504888/',
				date: '2025-03-27'
			},
			{
				publisher: 'Massis Post',
				title:
					'Russia Warns Armenia Over EU Membership Efforts, Citing Eurasian Economic Union Conflict',
				url: 'https://massispost.com/2025/06/russia-warns-armenia-over-eu-membership-efforts-citing-eurasian-economic-union-conflict/'
			}
		]
	},
	{
		id: 'geo-gbr-strategic-partnership-agreement-2019',
		type: 'treaty',
		from: 'GEO',
		to: 'GBR',
		start: '2019-10-21',
		end: null,
		title: 'UK-Georgia Strategic Partnership and Cooperation Agreement',
		summary:
			"Foreign ministers Zalkaliani and Raab signed in London a post-Brexit agreement replacing the EU-Georgia Association Agreement in bilateral relations, keeping DCFTA-style free trade and backing Georgia's territorial integrity and European choice; it was the first such UK continuity deal with an Eastern European country.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Civil.ge',
				title: "UK, Georgia Pledge to Continue 'Strategic Partnership, Cooperation' after Brexit",
				url: 'https://oldwp.civil.ge/archives/323743',
				date: '2019-10-21'
			},
			{
				publisher: 'First Channel (1tv.ge)',
				title: 'Georgia and United Kingdom signed Strategic Partnership Agreement',
				url: 'https://1tv.ge/lang/en/news/georgia-and-united-kingdom-signed-strategic-partnership-agreement'
			}
		]
	},
	{
		id: 'deu-arm-karabakh-humanitarian-aid-2023',
		type: 'aid',
		from: 'DEU',
		to: 'ARM',
		start: '2023-09-27',
		end: null,
		title: 'Germany raises humanitarian aid for Karabakh Armenians to EUR 5 million',
		summary:
			"As Karabakh Armenians fled to Armenia, Foreign Minister Baerbock raised Germany's aid through the ICRC from EUR 2 million to EUR 5 million and called for international observers; Germany had given EUR 2 million to the ICRC during the 2020 war, and its THW agency flew in relief goods worth EUR 450,000 in October 2023.",
		status: 'delivered',
		value: 'EUR 5 million (via ICRC)',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title:
					'Germany increases humanitarian aid to 5 million euros, calls for international observers in Nagorno Karabakh',
				url: 'https://en.armradio.am/2023/09/27/germany-increases-humanitarian-aid-to-5-million-euros-calls-for-international-observers-in-nagorno-karabakh/',
				date: '2023-09-27'
			},
			{
				publisher: 'Armenian Mirror-Spectator (via author site)',
				title: 'Humanitarian Aid from Germany Raised for Displaced Armenians of Artsakh',
				url: 'http://mirak-weissbach.de/mmw-0100art23.html',
				date: '2023-12-07'
			}
		]
	},
	{
		id: 'aze-hun-enhanced-strategic-partnership-2023',
		type: 'diplomacy',
		from: 'AZE',
		to: 'HUN',
		start: '2023-01-30',
		end: null,
		title: 'Aliyev and Orbán sign enhanced strategic partnership declaration',
		summary:
			"On an official visit to Budapest, Ilham Aliyev and Viktor Orbán signed a joint declaration raising ties to an enhanced strategic partnership, Aliyev's second strategic-partnership document with Hungary, plus memoranda including the first on gas supply. In 2024 Aliyev called Hungary Azerbaijan's number one partner in the EU and its first defender against accusations.",
		status: 'signed',
		sources: [
			{
				publisher: 'Yeni Şafak (Anadolu Agency)',
				title: 'Azerbaijan, Hungary sign joint declaration on enhanced strategic partnership',
				url: 'https://www.yenisafak.com/en/world/azerbaijan-hungary-sign-joint-declaration-on-enhanced-strategic-partnership-3659828',
				date: '2023-01-31'
			},
			{
				publisher: 'AZERTAC',
				title: 'Aliyev statement with Orbán in Budapest (French; headline not captured)',
				url: 'https://azertag.az/fr/xeber/france-2468027'
			},
			{
				publisher: 'News.az',
				title: 'President Ilham Aliyev: Hungary is our number one partner in European Union',
				url: 'https://news.az/news/president-ilham-aliyev-hungary-is-our-number-one-partner-in-european-union-',
				date: '2024-06-06'
			}
		]
	},
	{
		id: 'nld-aze-parliament-sanctions-motions-2020',
		type: 'conflict',
		from: 'AZE',
		to: 'NLD',
		parties: ['ARM'],
		start: '2020-11-17',
		end: null,
		title: 'Dutch parliament backs EU sanctions on Aliyev over the Karabakh war',
		summary:
			"The Dutch lower house adopted motions asking the government to pursue EU individual sanctions against Azerbaijan's president and first vice-president and an arms-sales moratorium on Turkey; later motions (2021-2023) sought consequences over Armenian POWs, the Lachin blockade and support for Armenia. The government did not impose sanctions, saying an independent investigation should come first.",
		uncertain:
			'These are non-binding parliamentary motions; the Dutch government did not adopt sanctions, and Azerbaijani sources dispute how the Armenian side described them.',
		sources: [
			{
				publisher: 'Faktyoxla (Azerbaijani fact-check)',
				title: 'Claims of the Armenian ambassador on the resolutions of the Dutch Parliament',
				url: 'https://faktyoxla.info/en/right/claims-of-the-armenian-ambassador-on-the-resolutions-of-the-dutch-parliament'
			},
			{
				publisher: 'Public Radio of Armenia',
				title: 'Dutch Parliament adopts motion calling for opening of Lachin Corridor',
				url: 'https://en.armradio.am/2022/12/14/dutch-parliament-adopts-motion-calling-for-opening-of-lachin-corridor/',
				date: '2022-12-14'
			},
			{
				publisher: 'Public Radio of Armenia',
				title:
					'Armenians stage silent protest as MPs grill Dutch PM on Azerbaijani attacks and war crimes',
				url: 'https://en.armradio.am/2022/10/06/armenian-stage-silent-protest-as-mps-grill-dutch-pm-on-azerbaijani-attacks-and-war-crimes/'
			}
		]
	},
	{
		id: 'un-aze-karabakh-assessment-mission-2023',
		type: 'mission',
		from: 'UN',
		to: 'AZE',
		start: '2023-10-01',
		end: '2023-10-09',
		title: 'First UN mission to Karabakh in about 30 years',
		summary:
			"At Azerbaijan's invitation, a UN team led by Resident Coordinator Vladanka Andreeva entered Karabakh via Aghdam on 1 October 2023 to assess humanitarian needs, after most of the Armenian population had fled; a second visit followed on 9 October. The UN had not had access to the region for about three decades.",
		status: 'ended',
		sources: [
			{
				publisher: 'Pluralia',
				title: 'UN mission arrived in Nagorno-Karabakh',
				url: 'https://pluralia.forumverona.com/en/news/un-mission-arrived-in-nagorno-karabakh/'
			},
			{
				publisher: 'Vestnik Kavkaza',
				title: 'UN mission arrived in Karabakh after a 30-year break (headline not captured)',
				url: 'https://en.vestikavkaza.ru/material/163813',
				date: '2023-10-01'
			},
			{
				publisher: 'News.az',
				title: "UN mission arrives again in Azerbaijan's Garabagh",
				url: 'https://news.az/news/un-mission-arrives-again-in-azerbaijans-garabagh',
				date: '2023-10-09'
			}
		]
	},
	{
		id: 'geo-un-unga-idp-resolutions-2008',
		type: 'diplomacy',
		from: 'GEO',
		to: 'UN',
		parties: ['RUS'],
		start: '2008',
		end: null,
		title: 'Annual UN General Assembly resolution on Georgian IDPs and refugees',
		summary:
			'Since 2008 Georgia has tabled a yearly General Assembly resolution affirming the right of all displaced persons from Abkhazia and South Ossetia to return, condemning forced demographic change and requiring an annual Secretary-General report; Russia votes against. Support grew from 75 votes in 2015 to 107 in favour, 9 against and 49 abstentions at its 18th adoption.',
		status: 'ongoing',
		value: '107-9-49 vote (18th adoption)',
		sources: [
			{
				publisher: 'JAMnews',
				title:
					'UN General Assembly adopts Georgian IDP resolution for the 18th time (headline not captured)',
				url: 'https://jam-news.net/?p=211990'
			},
			{
				publisher: 'Report.az',
				title: 'UN General Assembly adopts a resolution on IDPs and refugees of Georgia',
				url: 'https://report.az/en/region/un-general-assembly-adopts-a-resolution-on-idps-and-refugees-of-georgia',
				date: '2015-06-04'
			},
			{
				publisher: 'Agenda.ge',
				title: 'UN General Assembly adopts resolution on Georgian IDPs (headline not captured)',
				url: 'http://agenda.ge/en/news/2022/2182'
			},
			{
				publisher: 'AI News Georgia',
				title: 'UN Reiterates Right of Return for Displaced Persons in Abkhazia and South Ossetia',
				url: 'https://ai.news.ge/?p=98762'
			}
		]
	},
	{
		id: 'chn-arm-grant-aid-2018',
		type: 'aid',
		from: 'CHN',
		to: 'ARM',
		start: '2018-01',
		end: null,
		title: 'Chinese grants to Armenia: school, ambulances, public TV',
		summary:
			"China's ambassador said in January 2018 that USD 15 million had been allotted to build a Chinese-language school in Yerevan and that ambulance donations would continue; in April 2021 Armenia's government approved a technical and economic cooperation agreement for CNY 100 million (about USD 15.5 million) in free aid, including a new Public Television pavilion.",
		status: 'delivered',
		value: 'CNY 100 million grant (2021 agreement)',
		sources: [
			{
				publisher: 'PanARMENIAN.Net',
				title: 'Armenia-China trade turnover grew 35%, envoy says',
				url: 'http://www.panarmenian.net/eng/news/251427/',
				date: '2018-01-30'
			},
			{
				publisher: 'News.am',
				title:
					'Armenia approves agreement on Chinese technical and economic aid (headline not captured)',
				url: 'https://news.am/eng/news/636752.html',
				date: '2021-04-01'
			}
		]
	},
	{
		id: 'ita-aze-c27j-2023',
		type: 'arms',
		from: 'ITA',
		to: 'AZE',
		start: '2023-06-08',
		end: null,
		title: 'Azerbaijan orders Leonardo C-27J Spartan transport aircraft',
		summary:
			"Azerbaijan signed a contract with Italy's Leonardo for C-27J Spartan tactical transports, agreed through a technical round table between the two defence ministries, extending Italian-Azerbaijani ties from energy into defence; the number of aircraft was not disclosed (a French trade report suggested four).",
		status: 'ordered',
		systems: ['C-27J Spartan'],
		sources: [
			{
				publisher: 'Shephard Media',
				title: 'C-27J Spartan contract to strengthen Italy and Azerbaijan relations',
				url: 'https://www.shephardmedia.com/news/air-warfare/c-27j-spartan-contract-to-strengthen-italy-and-azerbaijan-relations/',
				date: '2023-06-08'
			},
			{
				publisher: "Journal de l'Aviation",
				title: "Leonardo: l'Azerbaïdjan prend du Spartan",
				url: 'https://www.journal-aviation.com/actualites/leonardo-l-azerbaidjan-prend-du-spartan~57257.html',
				date: '2023-06'
			}
		]
	},
	{
		id: 'aze-ita-oil-top-buyer-2014',
		type: 'energy',
		from: 'AZE',
		to: 'ITA',
		start: '2014',
		end: null,
		title: 'Italy becomes the largest buyer of Azerbaijani oil',
		summary:
			"SOCAR said Italy took 23% of Azerbaijan's 35.2 million tonnes of oil exports in 2014, making it the top buyer; Italy's share reached 38.8% in the first half of 2020, when Azerbaijani crude covered about 17% of Italian consumption. In 2023 Azerbaijan sent Italy more than 11 million tonnes of oil plus 9.4 bcm of gas, and Italy remained the top buyer in the first half of 2025.",
		status: 'ongoing',
		value: '23% of Azerbaijani oil exports (2014); 38.8% (H1 2020)',
		sources: [
			{
				publisher: 'AGC News',
				title: 'Italia primo importatore del petrolio azero',
				url: 'http://www.agcnews.eu/italia-azerbaijan-petrolio-export/',
				date: '2015-04-11'
			},
			{
				publisher: 'Today.az (Azernews)',
				title: 'Azerbaijan increases oil exports to Italy (headline not captured)',
				url: 'http://www.today.az/news/business/196628.html',
				date: '2020-08-26'
			},
			{
				publisher: 'Trend',
				title: 'Energy minister on cooperation with Italy (headline not captured)',
				url: 'https://en.trend.az/azerbaijan/politics/3915923.html',
				date: '2024-06-24'
			},
			{
				publisher: 'Epoch Times Italia',
				title: "Italia primo importatore di petrolio dall'Azerbaigian",
				url: 'https://www.epochtimes.it/italia-primo-importatore-di-petrolio-dallazerbaigian-136910.html'
			}
		]
	},
	{
		id: 'geo-ukr-strategic-partnership-declaration-2017',
		type: 'diplomacy',
		from: 'GEO',
		to: 'UKR',
		start: '2017-07-18',
		end: null,
		title: 'Georgia-Ukraine declaration on strategic partnership',
		summary:
			'Presidents Margvelashvili and Poroshenko signed a declaration on strategic partnership setting goals of de-occupation, democratic development and EU and NATO integration; a High-Level Strategic Council followed in December 2019. After a 2020 rift over Saakashvili, the two joined Moldova in the Associated Trio in May 2021 and President Zourabichvili made the first official presidential visit to Kyiv in 15 years in June 2021.',
		status: 'signed',
		sources: [
			{
				publisher: 'Mission of Ukraine (uamission.com)',
				title: 'Ukraine-Georgia political relations',
				url: 'https://uamission.com/?p=3349'
			},
			{
				publisher: 'Caucasus Watch',
				title:
					'Zourabichvili and Zelensky agree on working on a joint strategy to combat Russian occupation',
				url: 'https://caucasuswatch.de/en/news/zourabichvili-and-zelensky-agree-on-working-on-a-joint-strategy-to-combat-russian-occupation.html'
			},
			{
				publisher: 'President of Ukraine',
				title:
					'Volodymyr Zelenskyy following the negotiations with Salome Zourabichvili: Our common task is to fill the strategic partnership between Ukraine and Georgia with real content',
				url: 'https://www.president.gov.ua/en/news/volodimir-zelenskij-za-pidsumkami-peregovoriv-iz-salome-zura-69157',
				date: '2021-06-23'
			},
			{
				publisher: 'Civil.ge',
				title: 'Zalkaliani meets Zelenskyy in Kyiv (headline not captured)',
				url: 'https://civil.ge/archives/420400',
				date: '2021-05-18'
			}
		]
	},
	{
		id: 'arm-cyp-military-cooperation-2012',
		type: 'treaty',
		from: 'ARM',
		to: 'CYP',
		start: '2012',
		end: null,
		title: 'Armenia-Cyprus bilateral military cooperation programmes',
		summary:
			'Armenia and Cyprus signed a military-technical cooperation plan in 2012 and from 2015 annual defence cooperation programmes, the 2015 one opening the way to joint exercises; later plans covered training, information exchange on the Middle East and conscription experience. Armenia also backs Cyprus on its division, while Cyprus supports Armenia on genocide recognition.',
		status: 'in-force',
		sources: [
			{
				publisher: 'InfoBalkans (Anadolu Agency)',
				title: 'Armenia signs military deal with Greek Cyprus',
				url: 'https://www.infobalkans.com/2015/05/28/armenia-signs-military-deal-greek-cyprus',
				date: '2015-05-28'
			},
			{
				publisher: 'Asbarez (ArmRadio)',
				title: 'Armenia, Cyprus Sign Defense Cooperation Action Plan',
				url: 'http://asbarez.com/163879/armenia-cyprus-sign-defense-cooperation-action-plan/',
				date: '2017-05-30'
			},
			{
				publisher: 'News.am',
				title: 'Armenia and Cyprus sign 2019 defence cooperation plan (headline not captured)',
				url: 'https://news.am/eng/news/495883.html',
				date: '2019-02-12'
			}
		]
	},
	{
		id: 'aze-gbr-bp-acg-extension-2017',
		type: 'energy',
		from: 'AZE',
		to: 'GBR',
		start: '2017-09-14',
		end: null,
		title: 'BP-led deal extends Azeri-Chirag-Gunashli oil development to 2050',
		summary:
			"A new agreement signed in Baku extended BP's operation of the ACG oil fields, first contracted in the 1994 Contract of the Century, until 2050. BP is Azerbaijan's largest foreign investor, and in 2024 Azerbaijan's energy minister put total UK investment at over USD 35.9 billion.",
		status: 'signed',
		value: 'UK investment in Azerbaijan over USD 35.9 billion (2024, Azerbaijani energy minister)',
		sources: [
			{
				publisher: 'Azernews',
				title: 'UK-Azerbaijan relations (analysis; headline not captured)',
				url: 'https://www.azernews.az/analysis/227375.html',
				date: '2024-06-16'
			},
			{
				publisher: 'Today.az (Azernews)',
				title:
					'UK is largest foreign investor in Azerbaijan, says energy minister (headline not captured)',
				url: 'http://www.today.az/news/business/249499.html',
				date: '2024-06-14'
			},
			{
				publisher: 'Politico Europe',
				title: 'BP, Starmer and COP29 in Baku (headline not captured)',
				url: 'https://www.politico.eu/article/bp-fossil-fuel-oil-gas-keir-starmer-cop29-baku-azerbaijan/',
				date: '2024-11'
			}
		]
	},
	{
		id: 'bel-aze-chamber-resolutions-2020',
		type: 'conflict',
		from: 'AZE',
		to: 'BEL',
		parties: ['ARM'],
		start: '2020-12',
		end: null,
		title: 'Belgian Chamber resolutions condemn Azerbaijan over Karabakh',
		summary:
			"In December 2020 the Belgian Chamber of Representatives passed, with 130 votes in favour and 12 abstentions, a resolution condemning Azerbaijan's resumption of hostilities and Turkey's role; on 17 July 2025 it unanimously condemned the 2023 offensive and the detention of former Karabakh leaders, urging the government to deepen humanitarian and military cooperation with Armenia and the EU to impose targeted sanctions.",
		uncertain:
			'Non-binding parliamentary resolutions reported mainly by Armenian outlets; the Belgian government has not imposed sanctions.',
		sources: [
			{
				publisher: 'News.am',
				title:
					'Belgian Chamber of Representatives adopts resolution on Karabakh conflict (headline not captured)',
				url: 'https://news.am/eng/news/619630.html',
				date: '2020-12-18'
			},
			{
				publisher: 'Massis Post (Armenpress)',
				title: 'Belgian Chamber of Representatives Adopts Resolution Condemning Azerbaijan',
				url: 'https://massispost.com/2025/07/belgian-chamber-of-representatives-adopts-resolution-condemning-azerbaijan/',
				date: '2025-07-18'
			}
		]
	}
];
