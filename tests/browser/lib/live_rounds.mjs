// Live rounds opened and closed on a real netzwerkkarte-server straight through its API (as
// the facilitator's app does, without the app): for tests and the benchmark of the
// participant page.
const PROPOSALS = [
  {id: 11, text: 'Kita-Plätze im Quartier ausbauen'},
  {id: 12, text: 'Familienzentrum an der Grundschule'},
  {id: 13, text: 'Lotsen für Übergänge Kita–Schule'},
];

let key = 0;

function secretOf(facilitatorLink) {
  return new URL(facilitatorLink).hash.slice('#facilitator='.length);
}

// Opens a round (dot voting by default) and resolves to its join code.
export async function openRound(base, facilitatorLink, round = {}) {
  const body = {id: 1, name: 'Welche Lösung zuerst?', title: 'Sozialraumkonferenz Nord', method: 'dots',
                state: 'open', points: 5, maxPerProposal: 3, allPointsRequired: false, named: false,
                criteria: [], proposals: PROPOSALS, groups: [], ...round};
  const response = await fetch(`${base}/api/rounds?key=test-${process.pid}-${++key}`, {
    method: 'POST', body: JSON.stringify(body),
    headers: {'Content-Type': 'application/json', Authorization: `Bearer ${secretOf(facilitatorLink)}`},
  });
  const answer = await response.json();
  if (!answer.code) throw new Error(`the server did not open the round: ${JSON.stringify(answer)}`);
  return answer.code;
}

export async function closeRound(base, facilitatorLink, code) {
  const response = await fetch(`${base}/api/rounds/${code}/close`, {
    method: 'POST', body: '{}', headers: {Authorization: `Bearer ${secretOf(facilitatorLink)}`},
  });
  if (!response.ok) throw new Error(`the server did not close ${code}: ${response.status}`);
}

// The ballots the server holds for the round (the facilitator's feed).
export async function ballotsOf(base, facilitatorLink, code) {
  const response = await fetch(`${base}/api/rounds/${code}/ballots?since=0&wait=0`, {
    headers: {Authorization: `Bearer ${secretOf(facilitatorLink)}`},
  });
  return (await response.json()).ballots;
}

export {PROPOSALS};
