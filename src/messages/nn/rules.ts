/** A rule's words in nynorsk: its line in `dekom rules` and each of its messages, by message id. */
export interface NynorskRule<MessageId extends string = string> {
  readonly summary: string;
  readonly messages: Readonly<Record<MessageId, string>>;
}

/**
 * The nynorsk of every rule, kept in one place so the rule files stay in bokmål and English.
 * src/check/rule-text.ts does not compile while a registered rule or message is missing here;
 * rules of kinds not registered yet may be here before them.
 */
export const NN_RULES = {
  'agreement-term': {
    summary: 'Avtalen med universitet/høgskule sluttar før planen gjer det.',
    messages: {
      ends: 'Avtalen med {partner} gjeld til {til}, men planen varer til {end}; forleng avtalen eller sei korleis partnarskapet held fram.',
    },
  },
  'barns-medvirkning': {
    summary: 'Ein plan med barnehagar seier ikkje korleis barns medverknad blir teken vare på.',
    messages: {
      field: '«{path}» er tom: skriv korleis barns medverknad (rammeplanen) pregar planlegging, gjennomføring og vurdering.',
      mention: 'Planen nemner ikkje barns medverknad; rammeplanen for barnehagen gjer barns medverknad til ein del av det pedagogiske arbeidet.',
    },
  },
  'cost-year': {
    summary: 'Kostnaden eller tilskotet til eit kompetansebehov høyrer til år behovet ikkje går, eller til meir enn tre år.',
    messages: {
      year: '«{need}» har kostnad, men «år» ({years}) inneheld ikkje innstillingsåret {year}; kostnader blir berre rekna ut for innstillingsåret.',
      grantYear: '«{need}» har tilskot for {year}, men «år» ({years}) inneheld ikkje det året.',
      both: '«{need}» har både «kostnad» og «tilskudd»; bruk «tilskudd» per år, og ta bort «kostnad».',
      tooManyYears: '«{need}» har tilskot for {count} år; det kan meldast behov for inntil tre år.',
    },
  },
  egenandel: {
    summary: 'Ein plan i desentralisert ordning stadfestar ikkje eigendelen («egenandel_bekreftet: true»).',
    messages: {
      missing:
        'Stadfest at alle skoleeigarane i nettverket (kommunar, fylkeskommunar og private skoleeigarar) oppfyller kravet til eigendel (30 % av tilskotet): «egenandel_bekreftet: true».',
    },
  },
  elevstemmen: {
    summary: 'Planen seier ikkje korleis elevstemma blir teken vare på.',
    messages: {
      field: '«{path}» er tom: skriv korleis elevstemma blir teken vare på i planlegging, gjennomføring og vurdering.',
      mention: 'Planen nemner ikkje elevstemma (elevane si stemme, elevmedverknad, elevsamtalar eller Elevundersøkinga) i mål eller avsnitt.',
    },
  },
  'goal-ref': {
    summary: 'Ei oppgåve viser til eit mål som ikkje finst, eller to mål har same id.',
    messages: {
      unknown: 'Oppgåva viser til målet «{id}», men planen har ikkje noko mål med den id-en{known}.',
      duplicate: 'Id-en «{id}» er brukt av eit anna mål før; gi kvart mål sin eigen id.',
    },
  },
  'goal-smart': {
    summary: 'Eit resultatmål manglar indikator, utgangspunkt, målverdi, frist eller ansvarleg (SMART).',
    messages: {
      missing: 'Målet {goal} manglar {keys}: {letters}.',
    },
  },
  'in-period': {
    summary: 'Ein frist, eit møte eller ein milepæl ligg utanfor perioden til planen.',
    messages: {
      outside: '«{key}» {date} ligg utanfor perioden {fra} – {til}.',
      never: '«{key}» kvart år {date} fell aldri innanfor perioden {fra} – {til}.',
    },
  },
  'kl-ppt': {
    summary: 'Ein plan i Kompetanseløftet har ikkje med PP-tenesta.',
    messages: {
      missing: 'Planen høyrer til Kompetanseløftet, men ingen part har rolla «ppt»; barnehage, skule og PPT bør helst alle vere med i kompetansetiltaket.',
    },
  },
  'kl-private': {
    summary: 'Ein plan i Kompetanseløftet har ingen private barnehagar eller skular med.',
    messages: {
      missing:
        'Planen høyrer til Kompetanseløftet, men ingen part eller barnehage er privat («eierform: privat»); kommunen har ansvaret for at også private barnehagar og skular blir involverte.',
    },
  },
  'kl-statped': {
    summary: 'Ein plan i Kompetanseløftet seier ikkje korleis kompetansen til Statped blir overført.',
    messages: {
      missing: 'Planen høyrer til Kompetanseløftet, men nemner ikkje Statped; tiltaka skal bidra til nødvendig overføring av kompetanse frå Statped.',
    },
  },
  'meeting-gap': {
    summary: 'Meir enn 92 dagar (utanom juli) mellom to møte i tidsplanen.',
    messages: {
      gap: '{days} dagar sidan førre møte ({previous}){summer}; set av faste og jamlege møtepunkt (høgst {max} dagar mellom).',
    },
  },
  overdue: {
    summary: 'Ei oppgåve som ikkje er fullført eller avlyst, har frist før i dag.',
    messages: {
      late: 'Fristen {frist} for «{task}» er passert ({today}); set status til fullført eller avlyst, eller flytt fristen.',
      ended: '«{list}» har datoar som kjem kvart år, men planen galdt til {til}; den siste, «{task}», var {frist}. Forleng perioden eller vedta ein ny plan.',
    },
  },
  'owner-known': {
    summary: 'Ein «ansvarlig» er ingen av partane, kontaktpersonane eller rollene i planen.',
    messages: {
      unknown: '«{owner}» er ikkje nemnd blant partane, kontaktpersonane eller rollene i planen; legg til parten eller skriv eit kjent namn.',
      unknownNear: '«{owner}» er ikkje nemnd blant partane, kontaktpersonane eller rollene i planen; meinte du «{suggestion}»? Elles legg til parten.',
    },
  },
  period: {
    summary: '«periode.fra» er ikkje før «periode.til».',
    messages: {
      order: 'Perioden sluttar ({til}) før eller same dag som han byrjar ({fra}); «til» må vere etter «fra».',
    },
  },
  placeholder: {
    summary: 'Tekst frå Word-malen eller ein plasshaldar står att («Klikk eller trykk her …», «Velg et element», TODO).',
    messages: {
      found: '«{found}» er plasshaldartekst; skriv inn det som skal stå her.',
    },
  },
  required: {
    summary: 'Eit påkravd felt eller ein påkravd del manglar eller er tom.',
    messages: {
      missing: 'Manglar påkravd «{key}».',
      missingEither: 'Manglar påkravd «{key}» (eller «{instead}»).',
      blank: '«{key}» er tom; fyll han ut.',
      notPlan: 'Fila manglar «dekom: 1» øvst, så ho er ikkje ein dekom-plan. Lag ein med «dekom init».',
      noType: 'Manglar «type»: {kinds}.',
    },
  },
  schema: {
    summary: 'Ein verdi har feil type eller form, eller planen har ukjend type.',
    messages: {
      type: '«{key}» skal vere {expected}, ikkje {received}.',
      date: '«{value}» er ikkje ein gyldig dato; skriv ÅÅÅÅ-MM-DD{hint}.',
      dateTime: '«{value}» er ikkje ein gyldig dato eller tid; skriv ÅÅÅÅ-MM-DD, eller med klokkeslett ÅÅÅÅ-MM-DDTtt:mm{hint}.',
      oneOf: '«{value}» er ikkje tillate for «{key}»; bruk ein av: {allowed}{hint}.',
      version: '«dekom» skal vere 1 (formatversjonen).',
      kind: 'Ukjend plantype «{value}»; bruk ein av: {allowed}{hint}.',
      kindNotName: '«type» skal vere namnet på ein plantype, ikkje {received} ({value}); bruk ein av: {allowed}.',
      tag: 'YAML-taggen «{tag}» blir ikkje brukt i planar; verdien blir lesen som vanleg tekst, liste eller tabell. Fjern taggen.',
      notFinite: '«{key}» skal vere eit tal dekom kan rekne med, ikkje «{value}» ({what}).',
      min: '«{key}» skal vere minst {min}.',
      max: '«{key}» skal vere høgst {max}.',
      integer: '«{key}» skal vere eit heiltal.',
      email: '«{value}» er ikkje ei e-postadresse.',
      other: 'Ugyldig verdi for «{key}».',
      monthDay: '«{value}» er ikkje ein månad og dag; skriv MM-DD, til dømes «årlig: 03-15» for 15. mars kvart år.',
      periodWords: '«{value}» er ikkje eit tidsrom dekom kan lese; skriv «fra» og «til», eit år (2026), fleire år (2025–2027) eller eit skuleår (skoleåret 2025/26).',
    },
  },
  'staff-involved': {
    summary: 'Ein plan som søkjer om midlar, seier ikkje korleis dei tilsette og dei tillitsvalde har vore med.',
    messages: {
      missing: 'Skriv i «{path}» korleis {who} har vore involverte; dei tilsette og tillitsvalde skal vere med i arbeidet med behovsmeldinga.',
      none: 'Planen seier ikkje korleis dei tilsette og dei tillitsvalde har vore involverte («medvirkning»); dei skal vere med i arbeidet med behovsmeldinga.',
    },
  },
  'task-deadline': {
    summary: 'Ei oppgåve har ingen frist.',
    messages: {
      missing: 'Oppgåva «{task}» har ingen frist; skriv når ho skal vere gjennomført (ÅÅÅÅ-MM-DD).',
    },
  },
  'task-owner': {
    summary: 'Ei oppgåve har ingen ansvarleg.',
    messages: {
      missing: 'Oppgåva «{task}» har ingen ansvarleg; skriv kven som har ansvaret.',
    },
  },
  'uh-partner': {
    summary: 'Planen har ikkje universitet/høgskule eller nasjonalt senter (rolle: uh eller nasjonalt_senter) blant partane.',
    messages: {
      missing:
        'Planen har ingen part med rolla «uh» eller «nasjonalt_senter»; planlegging, gjennomføring og vurdering skal skje i partnarskap med universitet, høgskule eller eit nasjonalt senter.',
    },
  },
  'unknown-key': {
    summary: 'Ein nøkkel planformatet ikkje kjenner; føreslår den næraste kjende nøkkelen.',
    messages: {
      suggest: 'Ukjend nøkkel «{key}». Meinte du «{suggestion}»?',
      plain: 'Ukjend nøkkel «{key}». Kjende nøklar her: {known}.',
      invisible: 'Nøkkelen «{key}» har eit usynleg teikn ({chars}), så han er ikkje «{suggestion}» sjølv om han ser slik ut. Slett teiknet.',
      invisiblePlain: 'Nøkkelen «{key}» har eit usynleg teikn ({chars}) og er ukjend. Slett teiknet, og sjekk stavemåten.',
    },
  },
  'unused-directive': {
    summary: 'Ein «# dekom-disable»-kommentar dempar ingenting og kan fjernast.',
    messages: {
      unused: '«dekom-{kind}{rules}» dempar ingen problem her; fjern kommentaren.',
      unknownRule: 'Ukjend regel «{id}» i kommentaren{hint}; han dempar ingenting. «dekom rules» listar reglane.',
    },
  },
  'yaml-syntax': {
    summary: 'Fila er ikkje gyldig YAML.',
    messages: {
      yaml: 'Ugyldig YAML: {detail}. Rett opp linja (innrykk med mellomrom, ikkje tabulator; kolon etter nøklar).',
      quote: 'Hermeteiknet som byrjar her, blir aldri avslutta ({detail}). Avslutt teksten med same teikn.',
      tab: 'Tabulator brukt som innrykk; YAML krev mellomrom ({detail}).',
      indent: 'Feil innrykk: linja står ikkje under rett nøkkel ({detail}).',
      duplicateKey: 'Same nøkkel står to gonger i same del; slå dei saman ({detail}).',
      colon: 'Manglar mellomrom etter kolon, eller ein tekst med kolon må stå i hermeteikn ({detail}).',
      colonInText: 'Teksten etter «{key}:» har eit kolon med mellomrom etter, og då les YAML han som ein ny nøkkel. Set teksten i hermeteikn: {quoted}',
      multipleDocs: 'Fila har fleire YAML-dokument (---); ein plan er eitt dokument.',
      tooDeep: 'Fila er nøsta for djupt til å lesast; ein plan har berre nokre få nivå.',
      binary: 'Fila er binær, ikkje tekst. Ein plan er ei YAML-tekstfil.',
      nul: 'Her står eit NUL-teikn (byte 0), som ikkje høyrer heime i tekst; ofte er fila skadd eller limt saman av eit anna program. Slett teiknet.',
      encoding: 'Fila er ikkje UTF-8. Lagre ho som UTF-8 i redigeringsprogrammet.',
      encodingAt:
        'Fila er ikkje UTF-8: byten på linje {line}, kolonne {column} er ugyldig (kanskje er fila Latin-1 eller Windows-1252). Lagre ho som UTF-8 i redigeringsprogrammet, eller gjer ho om med «iconv -f WINDOWS-1252 -t UTF-8 plan.yaml > ny.yaml».',
      encodingNamed:
        'Fila er lagra som {encoding}, ikkje UTF-8. Lagre ho som UTF-8 i redigeringsprogrammet, eller gjer ho om med «iconv -f {encoding} -t UTF-8 plan.yaml > ny.yaml».',
      tooLarge: 'Fila er {size} stor; ein plan er sjeldan over 100 kB. Sjekk at det er rett fil.',
      aliases: 'YAML-aliasa (*namn) gjentek innhald til meir enn {max} verdiar, og fila ville blitt for stor til å lesast. Skriv ut innhaldet i staden for å bruke det om att med alias.',
      undefinedAlias: 'Aliaset «*{name}» viser til ankeret «&{name}», som ikkje er sett før det. Set ankeret først, eller skriv verdien ut.',
      cycle: 'Aliaset «*{name}» står inne i det ankeret «&{name}» gjeld, så innhaldet ville innehalde seg sjølv utan ende. Skriv innhaldet ut i staden for aliaset.',
      limitLines: 'Fila har meir enn {max} linjer; ein plan har nokre hundre. Sjekk at det er rett fil, eller del planen opp.',
      limitTokens: 'Fila har meir enn {max} YAML-teikn (verdiar, skiljeteikn, klammer og kommentarar); ein plan har eit par tusen. Sjekk at det er rett fil.',
      limitNodes: 'Fila har meir enn {max} YAML-verdiar (nøklar, verdiar og listepunkt); ein plan har nokre hundre. Sjekk at det er rett fil, eller del planen opp.',
      limitDepth: 'Verdiane her er nøsta meir enn {max} nivå djupt; ein plan har berre nokre få nivå. Sjekk innrykket og klammene.',
      limitEntries: 'Lista eller tabellen her har meir enn {max} punkt; det er fleire enn dekom les i éi liste. Del planen opp.',
      word: 'Fila er eit Word-dokument, ikkje ein YAML-plan. Hent planen inn med «dekom import {file}», som skriv han som YAML.',
    },
  },

  // The rules of the kinds from the grant schemes (innstilling, REKOM, the long-term plan).
  'egenandel-30': {
    summary: 'Eigendelen til ein eigar i eit DEKOM-tiltak er under 30 % av eigaren sin del av tilskotet, eller manglar.',
    messages: {
      missing: '«{tiltak}» høyrer til desentralisert ordning, men har ingen «egenandel»; kvar skoleeigar bidreg med ein eigendel på minst 30 % av tilskotet han får.',
      owners: '{owners} er eigar i «{tiltak}», men har ingen eigendel; kravet om eigendel gjeld alle skoleeigarar.',
      low: 'Eigendelen til {owner} i «{tiltak}» er {amount}, under 30 % av eigaren sin del på {share}; han må vere minst {least}.',
      lowTotal: 'Eigendelen i «{tiltak}» er til saman {amount}, under 30 % av eigarane sin del av tilskotet på {share}; han må vere minst {least}.',
    },
  },
  'forum-composition': {
    summary: 'Samarbeidsforumet manglar ei gruppe mandatet seier skal vere representert.',
    messages: {
      missing:
        'Ingen av medlemmene representerer {groups}; samarbeidsforumet skal ha representantar for offentlege og private barnehage- og skoleeigarar, UH, KS, PBL og lærarorganisasjonane, og i regional ordning kommunen som barnehagemyndigheit.',
    },
  },
  'innstilling-criteria': {
    summary: 'Eit prioritert tiltak seier ikkje korleis det oppfyller kriteria for tilskot.',
    messages: {
      none: '«{tiltak}» seier ikkje korleis tiltaket oppfyller kriteria; skriv «kriterier» med lokale_behov, kollektiv, partnerskap og ansatte_involvert.',
      missing: '«{tiltak}» seier ikkje korleis tiltaket oppfyller kravet om {criteria} («kriterier»: {keys}).',
    },
  },
  'innstilling-deadline': {
    summary: 'Innstillinga vart vedteken etter fristen.',
    messages: {
      late: 'Innstillinga vart vedteken {dato}, etter fristen {frist}; innstillinga skal vere hos statsforvaltaren innan fristen.',
    },
  },
  'innstilling-participants': {
    summary: 'Eit prioritert tiltak seier ikkje kven som skal delta.',
    messages: {
      none: '«{tiltak}» seier ikkje kven som skal delta; skriv «deltakere» med målgruppe og kor mange barnehagar, skular eller tilsette.',
      target: '«{tiltak}» har inga målgruppe («deltakere.målgruppe»); innstillinga skal seie kven som skal delta.',
      count: '«{tiltak}» seier ikkje kor mange som deltek; skriv talet på {what} under «deltakere».',
    },
  },
  'innstilling-split': {
    summary: 'Fordelinga av tilskotet til eit tiltak på eigarar, UH og koordinator blir ikkje tilskotet.',
    messages: {
      sum: 'Fordelinga i «{tiltak}» blir {sum} ({parts}), men tilskotet for {year} er {grant}; delane skal til saman bli tilskotet ({difference} {direction}).',
      noYear: '«{tiltak}» har fordeling, men ikkje tilskot for tilskotsåret {year} («tilskudd: {{year}: …}»); fordelinga gjeld tilskotet for tilskotsåret.',
      empty: '«{tiltak}» har ingen beløp i «fordeling»; skriv kor mykje som går til eigarane, til UH og eventuelt til koordinator.',
    },
  },
  'innstilling-sum': {
    summary: 'Tiltaka i ei ordning får meir i tilskot for tilskotsåret enn ramma.',
    messages: {
      over: 'Tiltaka i {scheme} har til saman {sum} i tilskot for {year}, {difference} over ramma på {frame}.',
      noFrame: 'Tiltaka i {scheme} har til saman {sum} i tilskot for {year}, men «ramme» har inga ramme for {key}.',
    },
  },
  'innstilling-uh': {
    summary: 'Eit prioritert tiltak har ikkje universitet, høgskule eller nasjonalt senter.',
    messages: {
      missing: '«{tiltak}» har ikkje universitet, høgskule eller nasjonalt senter («uh»); eigarane gjennomfører tiltaka i samarbeid og partnarskap med UH.',
    },
  },
  'max-three-years': {
    summary: 'Eit prioritert tiltak varer, eller får tilskot, i meir enn tre år.',
    messages: {
      period: '«{tiltak}» varer frå {fra} til {til}, meir enn tre år; det kan meldast behov for inntil tre år.',
      years: '«{tiltak}» går i {count} år ({years}); det kan meldast behov for inntil tre år.',
      grants: '«{tiltak}» har tilskot for {count} år ({years}); det kan meldast behov for inntil tre år.',
    },
  },
  'network-uh': {
    summary: 'Eit kompetansenettverk i den langsiktige planen har ikkje universitet eller høgskule.',
    messages: {
      missing: 'Kompetansenettverket «{network}» har ikkje universitet eller høgskule («uh»); eigarane gjennomfører kompetansetiltaka i samarbeid og partnarskap med UH.',
    },
  },
  'no-videreutdanning': {
    summary: 'Eit tiltak som får tilskot, er vidareutdanning.',
    messages: {
      named: '«{tiltak}» nemner «{word}»; tilskotet kan ikkje brukast til individuelle vidareutdanningar, berre til kollektiv kompetanseutvikling.',
    },
  },
  'rekom-all-staff': {
    summary: 'Eit barnehagebasert tiltak er ikkje for alle tilsette i barnehagane som deltek.',
    messages: {
      narrow: '«{tiltak}» er barnehagebasert, men målgruppa er «{group}»; barnehagebasert kompetanseutvikling er for alle tilsette i barnehagane som deltek («målgruppe: alle_ansatte»).',
    },
  },
  'rekom-kartlegging': {
    summary: 'Kartlegginga av kompetansebehova seier ikkje kva verktøy barnehagane brukte.',
    messages: {
      tool: '«kartlegging.verktøy» er tom: skriv kva kjende verktøy barnehagane kartla kompetansebehova med, til dømes ståstadsanalysen for barnehagar frå Udir.',
    },
  },
  'rekom-myndighet': {
    summary: 'Kommunen som barnehagemyndigheit er ikkje med blant partane i ein REKOM-plan.',
    messages: {
      none: 'Ingen part har rolla «barnehagemyndighet»; i regional ordning skal kommunen som lokal barnehagemyndigheit vere med. Legg kommunen til i «parter» med «roller: [barnehagemyndighet]».',
      named: '{kommune} er barnehagemyndigheit, men ingen part har rolla «barnehagemyndighet»; legg {kommune} til i «parter» med «roller: [barnehagemyndighet]».',
      other: 'Barnehagemyndigheita er {kommune}, men ingen part med rolla «barnehagemyndighet» heiter det (dei med rolla: {parter}).',
    },
  },
  'rekom-private': {
    summary: 'Ingen av barnehagane i planen er private, enda området har private barnehagar.',
    messages: {
      area: 'Området har {count} private barnehagar («område.private_barnehager»), men ingen av barnehagane i planen er private; eigarar av offentlege og private barnehagar kan delta på lik linje.',
      unknown: 'Ingen av barnehagane i planen er private («eierform: privat»); inviter dei private barnehagane i området, eller skriv «område.private_barnehager: 0» når det ikkje er nokon.',
    },
  },
  samisk: {
    summary: 'Ein barnehage ligg i eit samisk språkområde, men planen seier ikkje korleis samiske perspektiv blir tekne vare på.',
    messages: {
      blank: '{barnehager} ligg i eit samisk språkområde, men «samiske_perspektiver» er tom: skriv korleis arbeidet tek vare på samisk språk og kultur.',
      blankMany: '{barnehager} ligg i samiske språkområde, men «samiske_perspektiver» er tom: skriv korleis arbeidet tek vare på samisk språk og kultur.',
    },
  },
  'sf-no-vote': {
    summary: 'Statsforvaltaren har røysterett i samarbeidsforumet.',
    messages: {
      votes: '{member} representerer statsforvaltaren og kan ikkje røyste i samarbeidsforumet; set «stemmerett: false».',
    },
  },
  'innstilling-anchored': {
    summary: 'Temaet til eit prioritert tiltak er ikkje mellom prioriteringane i den langsiktige planen.',
    messages: {
      outside: '«{tiltak}» har tema «{tema}», som ikkje er mellom prioriteringane i {plan} ({areas}); prioriteringa av tiltak skal vere forankra i den langsiktige planen.',
      unreadable: 'Fann ikkje den langsiktige planen «{plan}»; skriv filnamnet relativt til denne planen, eller tittelen på planen.',
      notPlan: '«{plan}» er ikkje ein langsiktig plan dekom kan lese; prioriteringane kan ikkje samanliknast.',
    },
  },
  normalised: {
    summary: 'Ein verdi er skriven annleis enn formatet vil ha han, og er tolka; `--fix` skriv han om.',
    messages: {
      value: '«{from}» er lese som {to}; skriv {to} (dekom check --fix gjer det).',
      list: '«{from}» er lese som ei liste, {to}; skriv {to} (dekom check --fix gjer det).',
      month: '«{from}» er lese som {to}: ein månad åleine er siste dagen i månaden (første dagen når ein periode byrjar); skriv {to}.',
      autumn: '«{from}» er lese som {to}: ein frist «hausten» er 31. desember (1. august når ein periode byrjar); skriv {to}.',
      spring: '«{from}» er lese som {to}: ein frist «våren» er 30. juni (1. januar når ein periode byrjar); skriv {to}.',
      week: '«{from}» er lese som {to}, fredagen i veka; skriv {to}.',
    },
  },
  'priority-per-scheme': {
    summary: 'Den langsiktige planen har inga prioritering for ei av ordningane han gjeld.',
    messages: {
      missing: 'Planen gjeld {scheme}, men inga prioritering har sektor {sectors}; set minst eitt fokusområde for kvar ordning.',
    },
  },
} as const satisfies Readonly<Record<string, NynorskRule>>;
