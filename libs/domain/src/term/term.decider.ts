import { ErrorCodes, isAdmin, isReviewerOf, own, refuse, refuseUnknownCommand, requiredText, type Decider } from '../shared';
import type { DefineTerm, DeprecateTerm, MapLocalSynonym, ReviseTerm, TermCommand } from './term.commands';
import type { TermEvent } from './term.events';
import type { TermState } from './term.state';

/** Registers are kept by admins; a stakeholder's reviewers may also say what their own local
 * word for a common term is, because they are the ones who know it. */
const authorize = (command: TermCommand): void => {
  const { principal } = command.context;
  if (isAdmin(principal)) return;
  if (command.type === 'MapLocalSynonym' && isReviewerOf(principal, command.data.stakeholder)) return;
  refuse(ErrorCodes.NOT_ALLOWED, command.type === 'MapLocalSynonym'
    ? `only an admin or a reviewer of ${command.data.stakeholder} may map its synonyms`
    : `only an admin may ${command.type}`);
};

const requireLive = (state: TermState, id: string): void => {
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `term ${id} does not exist`);
  if (state.deprecated) refuse(ErrorCodes.TERM_DEPRECATED, `term ${state.id} is deprecated`);
};

const sameLabel = (a: string, b: string): boolean => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

const define = ({ data }: DefineTerm, state: TermState): TermEvent[] => {
  const id = requiredText(data.id, 'id');
  const label = requiredText(data.label, 'label');
  const definition = requiredText(data.definition, 'definition');
  if (state.exists) refuse(ErrorCodes.ALREADY_EXISTS, `term ${id} already exists`);
  return [{ type: 'TermDefined', data: { id, label, definition } }];
};

/** A revision that changes nothing appends nothing, so the version counts real changes only. */
const revise = ({ data }: ReviseTerm, state: TermState): TermEvent[] => {
  const label = requiredText(data.label, 'label');
  const definition = requiredText(data.definition, 'definition');
  requireLive(state, data.id);
  if (label === state.label && definition === state.definition) return [];
  return [{ type: 'TermRevised', data: { id: state.id, label, definition, version: state.version + 1 } }];
};

const deprecate = ({ data, refs }: DeprecateTerm, state: TermState): TermEvent[] => {
  const reason = requiredText(data.reason, 'reason');
  const replacedBy = data.replacedBy == null ? null : requiredText(data.replacedBy, 'replacedBy');
  if (!state.exists) refuse(ErrorCodes.NOT_FOUND, `term ${data.id} does not exist`);
  if (state.deprecated) refuse(ErrorCodes.ALREADY_DEPRECATED, `term ${state.id} is already deprecated`);
  if (replacedBy !== null) {
    if (replacedBy === state.id) refuse(ErrorCodes.INVALID_INPUT, 'a term cannot replace itself', { field: 'replacedBy' });
    const replacement = refs?.replacement;
    if (!replacement?.exists || replacement.id !== replacedBy) refuse(ErrorCodes.TERM_UNKNOWN, `term ${replacedBy} does not exist`);
    if (replacement.deprecated) refuse(ErrorCodes.TERM_DEPRECATED, `term ${replacedBy} is deprecated itself`);
  }
  return [{ type: 'TermDeprecated', data: { id: state.id, reason, replacedBy } }];
};

/** Labels compare case-insensitively: "Lokalbehov" and "lokalbehov" are one synonym. */
const mapSynonym = ({ data, refs }: MapLocalSynonym, state: TermState): TermEvent[] => {
  const stakeholderId = requiredText(data.stakeholder, 'stakeholder');
  const label = requiredText(data.label, 'label');
  requireLive(state, data.id);
  const stakeholder = refs?.stakeholder;
  if (!stakeholder?.exists || stakeholder.id !== stakeholderId) refuse(ErrorCodes.STAKEHOLDER_UNKNOWN, `stakeholder ${stakeholderId} does not exist`);
  if (stakeholder.retired) refuse(ErrorCodes.STAKEHOLDER_RETIRED, `stakeholder ${stakeholderId} is retired`);
  if ((own(state.synonyms, stakeholderId) ?? []).some((l) => sameLabel(l, label))) {
    refuse(ErrorCodes.ALREADY_EXISTS, `${stakeholderId} already maps "${label}" onto term ${state.id}`);
  }
  return [{ type: 'LocalSynonymMapped', data: { id: state.id, stakeholder: stakeholderId, label } }];
};

export const termDecider: Decider<TermCommand, TermEvent, TermState> = {
  initialState: () => ({ exists: false, id: '', label: '', definition: '', version: 0, deprecated: false, replacedBy: null, synonyms: {} }),

  decide(command, state) {
    authorize(command);
    switch (command.type) {
      case 'DefineTerm':
        return define(command, state);
      case 'ReviseTerm':
        return revise(command, state);
      case 'DeprecateTerm':
        return deprecate(command, state);
      case 'MapLocalSynonym':
        return mapSynonym(command, state);
      default:
        return refuseUnknownCommand(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'TermDefined':
        return { ...termDecider.initialState(), exists: true, ...event.data, version: 1 };
      case 'TermRevised':
        return { ...state, label: event.data.label, definition: event.data.definition, version: event.data.version };
      case 'TermDeprecated':
        return { ...state, deprecated: true, replacedBy: event.data.replacedBy };
      case 'LocalSynonymMapped': {
        const { stakeholder, label } = event.data;
        return { ...state, synonyms: { ...state.synonyms, [stakeholder]: [...(own(state.synonyms, stakeholder) ?? []), label] } };
      }
      default:
        return state;
    }
  },
};
