/**
 * Built-in gazetteer of Ukraine's 27 first-level units (24 oblasts, the Autonomous Republic of Crimea and
 * the two special-status cities), keyed on ISO 3166-2:UA codes, with English names, transliterations
 * (Ukrainian and Russian-derived) and the main cities and places of each unit. Independent of any scenario.
 * @module
 */
import type { GazetteerGroup, GazetteerTerritory } from "./gazetteer.js";

/** Ukraine's 27 first-level units with aliases and cities. */
export const ukraineTerritories: readonly GazetteerTerritory[] = [
  {
    id: "UA-43",
    name: "Crimea",
    aliases: ["Autonomous Republic of Crimea", "Crimean Peninsula", "Krym", "Republic of Crimea", "Crimea"],
    cities: ["Simferopol", "Kerch", "Yalta", "Feodosia", "Yevpatoria", "Evpatoria", "Dzhankoi", "Dzhankoy"],
  },
  { id: "UA-40", name: "Sevastopol", aliases: ["Sebastopol", "Sevastopol city"] },
  { id: "UA-30", name: "Kyiv (city)", aliases: ["Kyiv city", "city of Kyiv", "Kiev city", "city of Kiev"] },
  {
    id: "UA-32",
    name: "Kyiv Oblast",
    aliases: ["Kyiv Oblast", "Kyiv region", "Kiev Oblast", "Kiev region", "Kyiv province", "Kyivska"],
    cities: ["Bucha", "Irpin", "Hostomel", "Bila Tserkva", "Boryspil", "Borodianka", "Brovary"],
  },
  { id: "UA-71", name: "Cherkasy Oblast", aliases: ["Cherkasy", "Cherkassy"], cities: ["Uman", "Smila"] },
  {
    id: "UA-74",
    name: "Chernihiv Oblast",
    aliases: ["Chernihiv", "Chernigov"],
    cities: ["Nizhyn", "Pryluky"],
  },
  {
    id: "UA-77",
    name: "Chernivtsi Oblast",
    aliases: ["Chernivtsi", "Chernovtsy", "Northern Bukovina"],
  },
  {
    id: "UA-12",
    name: "Dnipropetrovsk Oblast",
    aliases: ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipropetrovska", "Dnipropetrovshchyna"],
    cities: ["Dnipro", "Dnepr", "Kryvyi Rih", "Krivoy Rog", "Nikopol", "Pavlohrad", "Kamianske", "Marhanets"],
  },
  {
    id: "UA-14",
    name: "Donetsk Oblast",
    aliases: ["Donetsk", "Donetsk People's Republic", "DPR", "DNR", "Donetska", "Donechchyna"],
    cities: [
      "Mariupol",
      "Bakhmut",
      "Artemovsk",
      "Kramatorsk",
      "Sloviansk",
      "Slavyansk",
      "Pokrovsk",
      "Avdiivka",
      "Avdeyevka",
      "Chasiv Yar",
      "Toretsk",
      "Kostiantynivka",
      "Konstantinovka",
      "Horlivka",
      "Gorlovka",
      "Makiivka",
      "Vuhledar",
      "Druzhkivka",
      "Lyman",
      "Siversk",
      "Kurakhove",
      "Myrnohrad",
      "Volnovakha",
    ],
  },
  {
    id: "UA-26",
    name: "Ivano-Frankivsk Oblast",
    aliases: ["Ivano-Frankivsk", "Ivano-Frankovsk", "Prykarpattia"],
    cities: ["Kolomyia", "Kalush"],
  },
  {
    id: "UA-63",
    name: "Kharkiv Oblast",
    aliases: ["Kharkiv", "Kharkov", "Kharkivshchyna"],
    cities: [
      "Kupiansk",
      "Kupyansk",
      "Izium",
      "Izyum",
      "Vovchansk",
      "Volchansk",
      "Balakliia",
      "Lozova",
      "Chuhuiv",
      "Chuguyev",
    ],
  },
  {
    id: "UA-65",
    name: "Kherson Oblast",
    aliases: ["Kherson", "Khersonshchyna"],
    cities: ["Nova Kakhovka", "Kakhovka", "Oleshky", "Henichesk", "Genichesk", "Skadovsk", "Beryslav"],
  },
  {
    id: "UA-68",
    name: "Khmelnytskyi Oblast",
    aliases: ["Khmelnytskyi", "Khmelnytskyy", "Khmelnytsky", "Khmelnitsky", "Khmelnitskiy"],
    cities: ["Kamianets-Podilskyi", "Shepetivka"],
  },
  {
    id: "UA-35",
    name: "Kirovohrad Oblast",
    aliases: ["Kirovohrad", "Kirovograd", "Kropyvnytskyi Oblast"],
    cities: ["Kropyvnytskyi", "Oleksandriia"],
  },
  {
    id: "UA-09",
    name: "Luhansk Oblast",
    aliases: ["Luhansk", "Lugansk", "Luhansk People's Republic", "Lugansk People's Republic", "LPR", "LNR"],
    cities: [
      "Sievierodonetsk",
      "Severodonetsk",
      "Lysychansk",
      "Lisichansk",
      "Alchevsk",
      "Rubizhne",
      "Starobilsk",
      "Kreminna",
    ],
  },
  { id: "UA-46", name: "Lviv Oblast", aliases: ["Lviv", "Lvov", "Lwow", "Lemberg"], cities: ["Drohobych"] },
  {
    id: "UA-48",
    name: "Mykolaiv Oblast",
    aliases: ["Mykolaiv", "Mykolayiv", "Nikolaev", "Nikolayev"],
    cities: ["Ochakiv", "Kinburn Spit", "Kinburn", "Pervomaisk", "Voznesensk", "Pivdennoukrainsk"],
  },
  {
    id: "UA-51",
    name: "Odesa Oblast",
    aliases: ["Odesa", "Odessa", "Odeshchyna"],
    cities: ["Izmail", "Bilhorod-Dnistrovskyi", "Chornomorsk", "Snake Island", "Zmiinyi Island", "Budjak"],
  },
  { id: "UA-53", name: "Poltava Oblast", aliases: ["Poltava"], cities: ["Kremenchuk", "Myrhorod"] },
  { id: "UA-56", name: "Rivne Oblast", aliases: ["Rivne", "Rovno"], cities: ["Varash"] },
  {
    id: "UA-59",
    name: "Sumy Oblast",
    aliases: ["Sumy", "Sumshchyna"],
    cities: ["Shostka", "Konotop", "Okhtyrka", "Romny"],
  },
  { id: "UA-61", name: "Ternopil Oblast", aliases: ["Ternopil", "Ternopol"], cities: ["Chortkiv"] },
  { id: "UA-05", name: "Vinnytsia Oblast", aliases: ["Vinnytsia", "Vinnitsa"], cities: ["Zhmerynka"] },
  { id: "UA-07", name: "Volyn Oblast", aliases: ["Volyn", "Volhynia"], cities: ["Lutsk", "Kovel"] },
  {
    id: "UA-21",
    name: "Zakarpattia Oblast",
    aliases: ["Zakarpattia", "Transcarpathia", "Zakarpattya"],
    cities: ["Uzhhorod", "Mukachevo"],
  },
  {
    id: "UA-23",
    name: "Zaporizhzhia Oblast",
    aliases: ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya", "Zaporozhzhia", "Zaporozhia"],
    cities: [
      "Melitopol",
      "Berdiansk",
      "Berdyansk",
      "Enerhodar",
      "Energodar",
      "Tokmak",
      "Vasylivka",
      "Polohy",
      "Huliaipole",
      "Orikhiv",
    ],
  },
  {
    id: "UA-18",
    name: "Zhytomyr Oblast",
    aliases: ["Zhytomyr", "Zhitomir"],
    cities: ["Korosten", "Berdychiv"],
  },
];

/** Names that stand for several of Ukraine's units. */
export const ukraineTerritoryGroups: readonly GazetteerGroup[] = [
  { name: "Donbas", aliases: ["Donbass", "Donets Basin"], territories: ["UA-14", "UA-09"] },
];
