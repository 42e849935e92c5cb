package ner

// Hand-written lexicons. One entry per line; "|" separates a name from its
// variants or (for demonyms) the country it belongs to. Lookups are
// case-insensitive and match whole token sequences.

// countries lists sovereign states and their common short names; the first
// name of a line is the canonical one.
const countries = `Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda|Antigua
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus|Byelorussia
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia|Bosnia-Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
Comoros
Congo|Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC|Zaire
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Czechoslovakia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor|Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany|West Germany|East Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland|Eire|Irish Republic
Israel
Italy
Ivory Coast|Cote d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Macedonia|North Macedonia
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|Holland|The Netherlands
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK|Democratic People's Republic of Korea
Norway
Oman
Pakistan
Palau
Palestine|Palestinian territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis
Saint Lucia
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea|ROK
Korea
South Sudan
Soviet Union|USSR|U.S.S.R.
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tonga
Trinidad and Tobago|Trinidad
Tunisia
Turkey|Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE|U.A.E.
United Kingdom|UK|U.K.|Britain|Great Britain
United States|U.S.|US|USA|U.S.A.|America|United States of America
Uruguay
Uzbekistan
Vanuatu
Vatican|Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Yugoslavia
Zambia
Zimbabwe
England
Scotland
Wales
Northern Ireland
Hong Kong
Macau|Macao
Greenland
Puerto Rico
Chechnya
Kashmir
Tibet
Gaza|Gaza Strip
West Bank
Crimea
Abkhazia
Transnistria
Kurdistan`

// demonyms maps nationality words (singular; a plural "s" is also matched)
// to their country.
const demonyms = `Afghan|Afghanistan
Albanian|Albania
Algerian|Algeria
American|United States
Angolan|Angola
Argentine|Argentina
Argentinian|Argentina
Armenian|Armenia
Australian|Australia
Austrian|Austria
Azerbaijani|Azerbaijan
Azeri|Azerbaijan
Bahraini|Bahrain
Bangladeshi|Bangladesh
Belarusian|Belarus
Belarussian|Belarus
Belgian|Belgium
Bolivian|Bolivia
Bosnian|Bosnia and Herzegovina
Brazilian|Brazil
British|United Kingdom
Briton|United Kingdom
Bulgarian|Bulgaria
Burmese|Myanmar
Burundian|Burundi
Cambodian|Cambodia
Cameroonian|Cameroon
Canadian|Canada
Chadian|Chad
Chilean|Chile
Chinese|China
Colombian|Colombia
Congolese|Congo
Croat|Croatia
Croatian|Croatia
Cuban|Cuba
Cypriot|Cyprus
Czech|Czech Republic
Dane|Denmark
Danish|Denmark
Dutch|Netherlands
Dutchman|Netherlands
Ecuadorean|Ecuador
Ecuadorian|Ecuador
Egyptian|Egypt
Emirati|United Arab Emirates
English|England
Englishman|England
Eritrean|Eritrea
Estonian|Estonia
Ethiopian|Ethiopia
Fijian|Fiji
Filipino|Philippines
Finn|Finland
Finnish|Finland
French|France
Frenchman|France
Georgian|Georgia
German|Germany
Ghanaian|Ghana
Greek|Greece
Guatemalan|Guatemala
Guinean|Guinea
Haitian|Haiti
Honduran|Honduras
Hungarian|Hungary
Icelandic|Iceland
Indian|India
Indonesian|Indonesia
Iranian|Iran
Iraqi|Iraq
Irish|Ireland
Israeli|Israel
Italian|Italy
Ivorian|Ivory Coast
Jamaican|Jamaica
Japanese|Japan
Jordanian|Jordan
Kazakh|Kazakhstan
Kenyan|Kenya
Korean|Korea
Kosovar|Kosovo
Kuwaiti|Kuwait
Kyrgyz|Kyrgyzstan
Lao|Laos
Laotian|Laos
Latvian|Latvia
Lebanese|Lebanon
Liberian|Liberia
Libyan|Libya
Lithuanian|Lithuania
Luxembourgish|Luxembourg
Macedonian|Macedonia
Malagasy|Madagascar
Malawian|Malawi
Malaysian|Malaysia
Malian|Mali
Maltese|Malta
Mauritanian|Mauritania
Mexican|Mexico
Moldovan|Moldova
Mongolian|Mongolia
Montenegrin|Montenegro
Moroccan|Morocco
Mozambican|Mozambique
Namibian|Namibia
Nepalese|Nepal
Nepali|Nepal
New Zealander|New Zealand
Nicaraguan|Nicaragua
Nigerian|Nigeria
Nigerien|Niger
North Korean|North Korea
Norwegian|Norway
Omani|Oman
Pakistani|Pakistan
Palestinian|Palestine
Panamanian|Panama
Paraguayan|Paraguay
Peruvian|Peru
Polish|Poland
Pole|Poland
Portuguese|Portugal
Qatari|Qatar
Romanian|Romania
Russian|Russia
Rwandan|Rwanda
Salvadoran|El Salvador
Saudi|Saudi Arabia
Saudi Arabian|Saudi Arabia
Scot|Scotland
Scottish|Scotland
Senegalese|Senegal
Serb|Serbia
Serbian|Serbia
Sierra Leonean|Sierra Leone
Singaporean|Singapore
Slovak|Slovakia
Slovakian|Slovakia
Slovene|Slovenia
Slovenian|Slovenia
Somali|Somalia
South African|South Africa
South Korean|South Korea
South Sudanese|South Sudan
Soviet|Soviet Union
Spanish|Spain
Spaniard|Spain
Sri Lankan|Sri Lanka
Sudanese|Sudan
Swede|Sweden
Swedish|Sweden
Swiss|Switzerland
Syrian|Syria
Taiwanese|Taiwan
Tajik|Tajikistan
Tanzanian|Tanzania
Thai|Thailand
Tibetan|Tibet
Togolese|Togo
Tunisian|Tunisia
Turk|Turkey
Turkish|Turkey
Turkmen|Turkmenistan
Ugandan|Uganda
Ukrainian|Ukraine
Uruguayan|Uruguay
Uzbek|Uzbekistan
Venezuelan|Venezuela
Vietnamese|Vietnam
Welsh|Wales
Yemeni|Yemen
Yugoslav|Yugoslavia
Zambian|Zambia
Zimbabwean|Zimbabwe
Chechen|Chechnya
Kurdish|Kurdistan
Kurd|Kurdistan
Crimean|Crimea
Gazan|Gaza
Hong Konger|Hong Kong
Puerto Rican|Puerto Rico
U.S.|United States
US|United States
Anglo|
Arab|
Asian|
African|
European|
Latin American|
Western|
Caucasian|
Scandinavian|
Balkan|
Baltic|
Muslim|
Moslem|
Christian|
Catholic|
Protestant|
Orthodox|
Jew|
Jewish|
Hindu|
Sikh|
Buddhist|
Sunni|
Shiite|
Shi'ite|
Shia|
Islamic|
Islamist|
Republican|
Democrat|
Democratic|
Conservative|
Socialist|
Communist|
Marxist|
Maoist|
Taleban|
Pashtun|
Tamil|
Sinhalese|
Hutu|
Tutsi|
Basque|
Catalan|
Flemish|
Walloon|
Bavarian|
Texan|
Californian|
New Yorker|
Londoner|
Muscovite|
Parisian|`

// gpes are cities, states and provinces (GPE besides countries).
const gpes = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia
Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New South Wales|Victoria|Queensland|Tasmania|Bavaria|Catalonia|Andalusia|Flanders|Wallonia|Lombardy|Sicily|Sardinia|Corsica|Punjab|Sindh|Baluchistan|Balochistan|Kerala|Gujarat|Bihar|Bengal|Assam|Xinjiang|Guangdong|Sichuan|Yunnan|Hebei|Henan|Shandong|Jiangsu|Zhejiang|Fujian|Hubei|Hunan|Anbar|Helmand|Kandahar|Kunduz|Nangarhar|Waziristan|Darfur|Kurdistan|Donetsk|Luhansk|Lugansk|Kherson|Zaporizhzhia|Kharkiv|Kursk|Belgorod|Bryansk|Dagestan|Ingushetia|Siberia|Tatarstan|Aceh|Papua|Mindanao|Jammu
Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Vienna|Baku|Manama|Dhaka|Minsk|Brussels|Antwerp|La Paz|Sarajevo|Brasilia|Rio de Janeiro|Sao Paulo|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|Hong Kong|Guangzhou|Shenzhen|Wuhan|Chongqing|Tianjin|Bogota|Kinshasa|Havana|Nicosia|Prague|Copenhagen|Cairo|Alexandria|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|Bonn|Frankfurt|Munich|Hamburg|Cologne|Accra|Athens|Guatemala City|Port-au-Prince|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Madras|Chennai|Bangalore|Hyderabad|Jakarta|Tehran|Baghdad|Basra|Mosul|Fallujah|Ramadi|Tikrit|Kirkuk|Erbil|Dublin|Belfast|Jerusalem|Tel Aviv|Haifa|Rome|Milan|Naples|Turin|Florence|Venice|Kingston|Tokyo|Osaka|Kyoto|Hiroshima|Amman|Astana|Almaty|Nairobi|Mombasa|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Monrovia|Tripoli|Benghazi|Vilnius|Skopje|Kuala Lumpur|Bamako|Valletta|Mexico City|Chisinau|Ulan Bator|Rabat|Casablanca|Maputo|Rangoon|Yangon|Naypyidaw|Kathmandu|Amsterdam|Rotterdam|The Hague|Wellington|Auckland|Managua|Niamey|Abuja|Lagos|Pyongyang|Oslo|Muscat|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Panama City|Asuncion|Lima|Manila|Warsaw|Lisbon|Doha|Bucharest|Moscow|St. Petersburg|St Petersburg|Saint Petersburg|Kigali|Riyadh|Jeddah|Mecca|Medina|Dakar|Belgrade|Freetown|Bratislava|Ljubljana|Mogadishu|Pretoria|Johannesburg|Cape Town|Durban|Seoul|Busan|Juba|Madrid|Barcelona|Colombo|Khartoum|Stockholm|Geneva|Zurich|Bern|Berne|Damascus|Aleppo|Homs|Raqqa|Idlib|Taipei|Dushanbe|Dar es Salaam|Bangkok|Tunis|Ankara|Istanbul|Ashgabat|Kampala|Kiev|Kyiv|Odessa|Odesa|Lviv|Mariupol|Bakhmut|Dubai|Abu Dhabi|London|Manchester|Liverpool|Birmingham|Edinburgh|Glasgow|Cardiff|Washington|New York City|Los Angeles|Chicago|Houston|Philadelphia|Boston|San Francisco|Miami|Atlanta|Dallas|Detroit|Seattle|Denver|Montevideo|Tashkent|Caracas|Hanoi|Ho Chi Minh City|Saigon|Sanaa|Aden|Lusaka|Harare|Gaza City|Ramallah|Hebron|Bethlehem|Nablus|Grozny|Sevastopol|Simferopol|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Srinagar|Lhasa|Macau|Singapore|Monaco|Luxembourg|Strasbourg|Brussels|Vatican City|Gdansk|Krakow|Porto|Seville|Valencia|Bilbao|Marseilles|Nice|Bordeaux|Toulouse|Lille|Nantes|Salzburg|Stuttgart|Dusseldorf|Leipzig|Dresden|Hanover|Gothenburg|Bergen|Utrecht|Rotterdam|Eindhoven|Minsk|Volgograd|Novosibirsk|Vladivostok|Kazan|Yekaterinburg|Donetsk|Luhansk|Kharkov|Dnipro|Anchorage|Honolulu|Atlanta|Phoenix|Baltimore|Cleveland|Pittsburgh|St. Louis|New Orleans|Las Vegas|Minneapolis|Milwaukee|Sacramento|San Diego|Tokyo|Nagoya|Yokohama|Sapporo|Okinawa|Pusan|Incheon`

// locs are places that are not GPEs: continents, regions, seas, rivers,
// mountains.
const locs = `Africa|Asia|Europe|North America|South America|Latin America|Central America|Antarctica|Oceania|Australasia|Eurasia|Middle East|Mideast|Near East|Far East|Balkans|Baltics|Caucasus|North Caucasus|Caribbean|Scandinavia|Sahara|Sahel|Horn of Africa|Central Asia|South Asia|Southeast Asia|East Asia|West Africa|East Africa|North Africa|Southern Africa|Western Europe|Eastern Europe|Central Europe|Persian Gulf|Gulf|Korean Peninsula|Sinai|Golan Heights|Golan|Kashmir Valley|Arctic|Pacific|Atlantic|Indian Ocean|Mediterranean|Black Sea|Red Sea|Caspian Sea|Baltic Sea|North Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Sea of Azov|Adriatic|Aegean|Nile|Danube|Rhine|Volga|Dnieper|Dnipro River|Thames|Seine|Amazon|Mississippi River|Euphrates|Tigris|Jordan River|Ganges|Indus|Mekong|Yangtze|Himalayas|Alps|Andes|Urals|Rockies|Pyrenees|Everest|Mount Everest|Kilimanjaro|Gaza Strip|West Bank|Silicon Valley|Wall Street|Midwest|West Coast|East Coast|Donbas|Donbass|Strait of Hormuz|Hormuz|Bosphorus|Suez Canal|Panama Canal|Crimean Peninsula|Sinai Peninsula|Arabian Peninsula|Iberian Peninsula|Balkan Peninsula|Central African|Great Lakes|Lake Victoria|Lake Chad|Dead Sea|Persian|Siberia|Patagonia|Tuscany|Riviera|Gulf of Mexico|Gulf of Aden`

// titles precede person names and are not part of them.
const titles = `Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Dr|Dr.|Prof|Prof.|Professor|Sir|Dame|Lord|Lady|Rev|Rev.|Reverend|Father|Sister|Brother|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Ayatollah|Sheikh|Sheik|Mullah|Emir|King|Queen|Prince|Princess|Duke|Duchess|Crown|Sultan|President|Vice|Vice-President|Premier|Prime|Minister|Chancellor|Secretary|Secretary-General|Governor|Gov.|Gov|Mayor|Senator|Sen.|Sen|Rep.|Representative|Congressman|Congresswoman|Speaker|Ambassador|Envoy|Judge|Justice|Attorney|General|Gen.|Gen|Lt.|Lt|Lieutenant|Col.|Col|Colonel|Maj.|Maj|Major|Capt.|Capt|Captain|Sgt.|Sgt|Sergeant|Cpl.|Admiral|Adm.|Commander|Marshal|Field|Brig.|Brigadier|Chief|Commissioner|Inspector|Officer|Spokesman|Spokeswoman|Leader|Chairman|Chairwoman|Director|Deputy|Coach|Manager|Striker|Midfielder|Defender|Goalkeeper|Skipper|Captain|Opener|Batsman|Bowler|Dictator|Chairperson|Pres.|Sec.|Supt.|Insp.|Fr.|St.`

// orgWords are words that often end or head organisation names.
const orgWords = `Ministry|Department|Agency|Party|Council|Committee|Commission|Bank|Corp|Corp.|Corporation|Inc|Inc.|Ltd|Ltd.|Co|Co.|Company|Group|Holdings|Plc|PLC|AG|SA|NV|GmbH|LLC|University|College|School|Institute|Association|Federation|Union|League|Club|FC|United|City|Rovers|Athletic|Wanderers|Society|Foundation|Fund|Trust|Organisation|Organization|Authority|Board|Bureau|Office|Service|Services|Army|Navy|Force|Forces|Guard|Police|Court|Tribunal|Parliament|Congress|Senate|Assembly|Cabinet|Government|Administration|Exchange|Airlines|Airways|Motors|Industries|Systems|Technologies|Television|Radio|News|Press|Times|Post|Journal|Herald|Telegraph|Network|Front|Movement|Alliance|Coalition|Brigade|Battalion|Regiment|Division|Command|Centre|Center|Hospital|Church|Mission|Reuters|NATO|UN|EU|OPEC|IMF|FIFA|UEFA|IOC|WHO|Interfax|Itar-Tass|AFP|AP|Xinhua`

// placeWords are words that often end or head non-GPE place names.
const placeWords = `River|Mountain|Mountains|Mount|Mt.|Lake|Sea|Ocean|Island|Islands|Isle|Valley|Province|Region|Street|Avenue|Square|Bay|Strait|Gulf|Peninsula|Desert|Coast|Basin|Plateau|Canal|Forest|Park|Hills|Plain|Pass|Cape|Harbour|Harbor|Airport|Bridge|Border|District|County|Oblast|Krai|Prefecture|State|Territory`

// firstNames are common given names.
const firstNames = `John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Timothy|Ronald|Edward|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Gregory|Frank|Alexander|Raymond|Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Zachary|Peter|Kyle|Walter|Ethan|Jeremy|Harold|Keith|Christian|Roger|Noah|Gerald|Carl|Terry|Sean|Austin|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Jordan|Billy|Bruce|Albert|Willie|Gabriel|Logan|Alan|Juan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Elijah|Louis|Bobby|Philip|Johnny|Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Dorothy|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Shirley|Angela|Helen|Anna|Brenda|Pamela|Nicole|Emma|Samantha|Katherine|Christine|Debra|Rachel|Catherine|Carolyn|Janet|Ruth|Maria|Heather|Diane|Virginia|Julie|Joyce|Victoria|Olivia|Kelly|Christina|Lauren|Joan|Evelyn|Judith|Megan|Cheryl|Andrea|Hannah|Martha|Jacqueline|Frances|Gloria|Ann|Teresa|Kathryn|Sara|Janice|Jean|Alice|Madison|Doris|Abigail|Julia|Judy|Grace|Denise|Amber|Marilyn|Beverly|Danielle|Theresa|Sophia|Marie|Diana|Brittany|Natalie|Isabella|Charlotte|Rose|Alexis|Kayla|Hillary|Bill|Bob|Jim|Tom|Tony|Mike|Steve|Dave|Ben|Sam|Nick|Alex|Chris|Jon|Ian|Tim|Martin|Simon|Graham|Neil|Colin|Nigel|Alastair|Gordon|Tony|Boris|Vladimir|Dmitry|Dmitri|Sergei|Sergey|Alexei|Alexey|Mikhail|Nikolai|Ivan|Igor|Oleg|Yuri|Viktor|Victor|Andrei|Andriy|Volodymyr|Petro|Oleksandr|Olena|Yulia|Viktor|Kim|Moon|Park|Lee|Xi|Li|Wang|Zhang|Liu|Chen|Yang|Hu|Jiang|Deng|Mao|Shinzo|Junichiro|Yoshihiko|Fumio|Narendra|Rahul|Sonia|Manmohan|Atal|Imran|Nawaz|Benazir|Pervez|Asif|Hamid|Ashraf|Mohammed|Mohammad|Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan|Hussein|Omar|Osama|Abdullah|Abdul|Mahmoud|Ibrahim|Khalid|Yasser|Saddam|Bashar|Hafez|Recep|Ahmet|Mustafa|Ariel|Benjamin|Ehud|Shimon|Yitzhak|Yitzak|Binyamin|Angela|Gerhard|Helmut|Jacques|Nicolas|Francois|Emmanuel|Silvio|Romano|Giuseppe|Mario|Luigi|Carlos|Luis|Jorge|Pedro|Manuel|Fernando|Miguel|Antonio|Francisco|Javier|Hugo|Evo|Lula|Dilma|Jair|Fidel|Raul|Nelson|Thabo|Jacob|Cyril|Robert|Kofi|Ban|Javier|Boutros|Jean|Pierre|Michel|Alain|Philippe|Hans|Klaus|Jurgen|Wolfgang|Stefan|Karl|Franz|Helmut|Lars|Anders|Jens|Erik|Olaf|Sven|Jan|Piotr|Lech|Vaclav|Slobodan|Franjo|Radovan|Ratko|Alija|Boris|Goran|Zoran|Aleksandar|Tomislav|Greg|Pete|Andre|Andy|Jimmy|Jimmie|Rory|Tiger|Ernie|Wasim|Sachin|Brian|Shane|Damon|Darren|Gianfranco|Marco|Andrea|Paolo|Roberto|Alessandro|Diego|Gustavo|Ronaldo|Rivaldo|Zinedine|Thierry|Didier|Eric|Jurgen|Oliver|Dieter|Monica|Steffi|Martina|Arantxa|Venus|Serena|Conchita|Jana|Iva|Yevgeny|Goran|Pete|Marcelo|Thomas|Magnus|Wayne|Lionel|Cristiano|Kamala|Joe|Donald|Barack|Hillary|Condoleezza|Colin|Madeleine|Warren|Al|Dick|Mitt|Newt|Nancy|Chuck|Mitch|Ted|Bernie|Elizabeth|Marco|Rudy|Rupert|Tony|Gordon|Theresa|Boris|Rishi|Keir|Jeremy|Ed|Liz|Emmanuel|Olaf|Volodymyr|Dmytro|Denys|Kyrylo|Valery|Valeriy|Oleksiy|Sergiy|Yevgeny|Ramzan|Alexander|Antony|Lloyd|Jake|Yoon|Suk-yeol|Jae-in|Jong|Jong-un|Jong-il|Il-sung|Kemal`
