import { adapt, defineKind, field, group, heading, prose, show } from '../../model/define.js';
import { goals } from '../parts/goals.js';
import { header } from '../parts/header.js';
import { attachments, involvement } from '../parts/involvement.js';
import { meetings } from '../parts/meetings.js';
import { partners } from '../parts/partners.js';
import { resources } from '../parts/resources.js';
import { tasks } from '../parts/tasks.js';

/** Plan og avtale om nettverkssamarbeid (UiA), with the guidance "Bygg". */
export default defineKind({
  id: 'nettverksplan',
  order: 1,
  names: {
    nb: 'Plan og avtale om nettverkssamarbeid',
    nn: 'Plan og avtale om nettverkssamarbeid',
    en: 'Plan and agreement for network collaboration',
  },
  seed: 'nettverksplan-uia-plan-og-avtale.txt',
  schemes: ['dekom'],
  rules: { 'uh-partner': 'error' },
  sections: [
    header('nettverksplan'),
    field('innledning', prose(), {
      title: { nb: 'Innledning', nn: 'Innleiing', en: 'Introduction' },
      help: {
        nb: 'Innledning: bakgrunnen for prosjektet, initiativtakere, eventuell søknadsprosess, tildeling av midler osv.',
        en: 'Introduction: the background of the project, who took the initiative, any application process, funding granted and so on.',
      },
    }),
    heading('nøkkelinformasjon', {
      title: { nb: 'Nøkkelinformasjon', nn: 'Nøkkelinformasjon', en: 'Key information' },
      sections: [
        show('tidsrom', 'periode', 'period', { title: { nb: 'Tidsrom', nn: 'Tidsrom', en: 'Period' } }),
        resources,
        adapt(partners, { min: 1 }),
        field('samarbeidsform', prose(), {
          title: { nb: 'Samarbeidsform', nn: 'Samarbeidsform', en: 'Form of collaboration' },
          help: {
            nb: 'Samarbeidsform: planleggingsmøter, nettverkssamlinger, annet.',
            en: 'Form of collaboration: planning meetings, network gatherings, other.',
          },
        }),
        field('samarbeidsplattform', prose(), {
          title: { nb: 'Samarbeidsplattform', nn: 'Samarbeidsplattform', en: 'Collaboration platform' },
          help: {
            nb: 'Samarbeidsplattform: hvor skal informasjon deles mellom partnere og deltakere? For eksempel Teams, Google Workspace, nettside, annet.',
            en: 'Where is information shared between partners and participants? For example Teams, Google Workspace, a web site, other.',
          },
        }),
      ],
    }),
    field('ansvarsfordeling', prose(), {
      title: { nb: 'Ansvarsfordeling', nn: 'Ansvarsfordeling', en: 'Division of responsibilities' },
      help: {
        nb: 'Ansvarsfordeling: hvem gjør hva, når? For eksempel informasjonsflyt til partnere og deltakere, organisatorisk arbeid og avklaringer rundt samlinger, påmeldinger, undersøkelser, referatføring, ledelse av samlinger, undervisning/veiledning, utarbeidelse av støtteressurser.',
        en: 'Who does what, and when? For example the flow of information to partners and participants, organising gatherings, sign-ups, surveys, minutes, leading gatherings, teaching and supervision, making support material.',
      },
    }),
    heading('prosjektbeskrivelse', {
      title: { nb: 'Prosjektbeskrivelse', nn: 'Prosjektskildring', en: 'Project description' },
      sections: [
        adapt(goals, { min: 1 }),
        field('kunnskapsgrunnlag', prose(), {
          title: { nb: 'Kunnskapsgrunnlag', nn: 'Kunnskapsgrunnlag', en: 'Knowledge base' },
          help: {
            nb: 'Kunnskapsgrunnlag: hvordan kan det skapes et felles kunnskapsgrunnlag? Hvilken relevant forskning finnes om temaet? Hvordan samles det inn informasjon gjennom undersøkelser eller andre kanaler? Hvilke planleggingsmøter med ledere, representanter for deltakere og andre er planlagt?',
            en: 'How can a shared knowledge base be built? What relevant research is there on the topic? How is information gathered through surveys or other channels? Which planning meetings with leaders, participants’ representatives and others are planned?',
          },
        }),
        field('arbeidsmåter', prose(), {
          title: { nb: 'Arbeidsmåter', nn: 'Arbeidsmåtar', en: 'Ways of working' },
          help: {
            nb: 'Arbeidsmåter: hva slags samlinger skal det arrangeres (nettverkssamlinger, workshoper, andre)? Hvordan skal lærerne involveres? Hvordan evalueres samlingene? Hvordan skal deltakerne prøve ut det de har lært, og hvordan skal erfaringsdelingen foregå?',
            en: 'What kinds of gatherings will there be (network gatherings, workshops, others)? How are the teachers involved? How are the gatherings evaluated? How will the participants try out what they have learnt, and how will experience be shared?',
          },
        }),
        field('forankring', prose(), {
          title: { nb: 'Forankring og informasjon', nn: 'Forankring og informasjon', en: 'Anchoring and information' },
          help: {
            nb: 'Forankringsbehov: hos hvem må prosjektet forankres videre, og hvordan? Hvem har ansvaret for forankringen? Hvordan passer vi på at plandokumentet ikke bare ender opp i en skuff?',
            en: 'With whom must the project be anchored further, and how? Who is responsible for the anchoring? How do we make sure the plan does not just end up in a drawer?',
          },
          sections: [
            field(
              'informasjon',
              group(
                field('ledere', prose(), {
                  presence: 'recommended',
                  title: { nb: 'Til ledere', nn: 'Til leiarar', en: 'To leaders' },
                  help: {
                    nb: 'Informasjon til ledere: hva får de vite om roller, forventninger og prosjektets betydning, når og fra hvem?',
                    en: 'Information to leaders: what are they told about roles, expectations and the importance of the project, when and by whom?',
                  },
                }),
                field('deltakere', prose(), {
                  presence: 'recommended',
                  title: { nb: 'Til deltakere', nn: 'Til deltakarar', en: 'To participants' },
                  help: {
                    nb: 'Informasjon til deltakere: hva får de vite om roller, oppgaver og forventninger, i god tid før samlingene, og fra hvem?',
                    en: 'Information to participants: what are they told about roles, tasks and expectations, in good time before the gatherings, and by whom?',
                  },
                }),
              ),
              {
                presence: 'recommended',
                title: { nb: 'Informasjon', nn: 'Informasjon', en: 'Information' },
                help: {
                  nb: 'Informasjon: hvem må ha informasjon, om hva og når? Hvordan deles informasjonen, og hvordan følges partene opp?',
                  en: 'Who needs information, about what and when? How is it shared, and how are the partners followed up?',
                },
                show: { noHeading: true },
              },
            ),
          ],
        }),
        field('gjennomføring', prose(), {
          title: { nb: 'Plan for gjennomføring', nn: 'Plan for gjennomføring', en: 'Plan for implementation' },
          help: {
            nb: 'Plan for gjennomføring: i hvilken tidsperiode skal samlingene foregå, hvor mange og hvor lange skal de være? Hvilke milepæler, prosesser eller faser skal planlegges? Når skal prosjektet avsluttes og evalueres? Hvordan skal prosjektgruppa samles mellom samlingene?',
            en: 'Over what period will the gatherings take place, how many and how long? Which milestones, processes or phases must be planned? When does the project end and get evaluated? How does the project group meet between gatherings?',
          },
        }),
        field('videreføring', prose(), {
          title: { nb: 'Plan for videreføring', nn: 'Plan for vidareføring', en: 'Plan for continuation' },
          help: {
            nb: 'Plan for videreføring: hvordan følges kompetansehevingen opp? Hvilken oppfølging er det behov for? Av hvem? Når?',
            en: 'How is the competence development followed up? What follow-up is needed? By whom? When?',
          },
        }),
      ],
    }),
    involvement,
    field('evaluering', prose(), {
      title: { nb: 'Evaluering', nn: 'Evaluering', en: 'Evaluation' },
      help: {
        nb: 'Evaluering: hvordan og når skal vi måle resultatene av prosjektet? Hvordan kan vi måle reell kompetanseheving? Hvordan har kompetansehevingen kommet elevene til gode?',
        en: 'Evaluation: how and when will we measure the results of the project? How can we measure real growth in competence? How has the competence development benefited the pupils?',
      },
    }),
    field('sluttføring', prose(), {
      title: { nb: 'Sluttføring', nn: 'Sluttføring', en: 'Completion' },
      help: {
        nb: 'Sluttføring: hvem skriver rapport fra prosjektet? Hvordan sluttføres prosjektet? Hvordan kan resultatene deles og følges opp?',
        en: 'Who writes the project report? How is the project completed? How can the results be shared and followed up?',
      },
    }),
    heading('ressursoversikt', {
      title: { nb: 'Ressurser', nn: 'Ressursar', en: 'Resources' },
      sections: [adapt(tasks, { min: 1 }), adapt(meetings, { min: 1 })],
    }),
    attachments,
  ],
});
