import type {
  Env,
  FlowNode,
  Msg,
  NodeResult,
  NodeType,
  NotifyEvent,
  Option,
  ResumeEvent,
  Screen,
  SessionState,
} from '../../kernel/engine/types.js';
import {
  CALLBACK_ACTIONS,
  CALLBACK_SLOTS,
  CALLBACK_TOPIC,
  checkCode,
  checkPhone,
  readForm,
  type CallbackForm,
  type CallbackNotify,
  type CallbackResume,
  type CallbackStep,
} from './form.js';
import { navFor } from '../../kernel/engine/nodes/links.js';

/** Message ids the `callback` node shows besides its own `text` (listed in messages.ts). */
export const CALLBACK_NODE_MESSAGES = {
  askPhone: 'callback-ask-phone',
  askPhoneChat: 'callback-ask-phone-chat',
  useChatButton: 'callback-use-chat-btn',
  phoneInvalid: 'callback-phone-invalid',
  phoneLetters: 'callback-phone-letters',
  confirmPhone: 'callback-confirm-phone',
  rightButton: 'callback-right-btn',
  changeButton: 'callback-change-btn',
  askLanguage: 'callback-ask-language',
  askWhen: 'callback-ask-when',
  askVoicemail: 'callback-ask-voicemail',
  askOrg: 'callback-ask-org',
  yes: 'callback-yes',
  no: 'callback-no',
  askCode: 'callback-ask-code',
  skipButton: 'callback-skip-btn',
  codeInvalid: 'callback-code-invalid',
  confirmCode: 'callback-confirm-code',
  codeNone: 'callback-code-none',
  summary: 'callback-summary',
  sendButton: 'callback-send-btn',
  editButton: 'callback-edit-btn',
  cancelButton: 'callback-cancel-btn',
  editWhich: 'callback-edit-which',
  fieldPhone: 'callback-field-phone',
  fieldLanguage: 'callback-field-language',
  fieldWhen: 'callback-field-when',
  fieldVoicemail: 'callback-field-voicemail',
  fieldOrg: 'callback-field-org',
  fieldCode: 'callback-field-code',
  backToSummary: 'callback-summary-btn',
  cancelled: 'callback-cancelled',
  pending: 'callback-pending',
  statusOpen: 'callback-status-open',
  statusClaimed: 'callback-status-claimed',
  withdrawButton: 'callback-withdraw-btn',
  withdrawConfirm: 'callback-withdraw-confirm',
  withdrawYes: 'callback-withdraw-yes',
  withdrawNo: 'callback-withdraw-no',
  kept: 'callback-kept',
  unavailable: 'callback-unavailable',
  /** After the form and the pending request: what happened to the request. */
  sent: 'callback-sent',
  withdrawn: 'callback-withdrawn',
  alreadyClosed: 'callback-already-closed',
  done: 'callback-done',
  missed: 'callback-missed',
  cancelledByStaff: 'callback-cancelled-by-staff',
} as const;

const M = CALLBACK_NODE_MESSAGES;

/** The label of a time slot (`callback-when-today-morning`, …); also used on the staff card. */
export const slotLabel = (slot: string): string => `callback-when-${slot}`;
/** Every slot label id, for the content check. */
export const SLOT_LABELS: readonly string[] = CALLBACK_SLOTS.map(slotLabel);

const CANCEL = 'cancel';
const FIELDS = [
  ['phone', 'phone', M.fieldPhone],
  ['lang', 'lang', M.fieldLanguage],
  ['when', 'when', M.fieldWhen],
  ['vm', 'voicemail', M.fieldVoicemail],
  ['org', 'org', M.fieldOrg],
  ['code', 'code', M.fieldCode],
] as const;
/** The questions in order; `phone-ok` and `code-ok` confirm typed answers. */
const ORDER: readonly CallbackStep[] = ['phone', 'lang', 'when', 'voicemail', 'org', 'code', 'summary'];

const opt = (key: string, id: string, selected = false): Option => ({
  key,
  label: { id },
  ...(selected ? { selected: true } : {}),
});
const yesNo = (prefix: string, value: boolean | undefined): Option[] => [
  opt(`${prefix}:yes`, M.yes, value === true),
  opt(`${prefix}:no`, M.no, value === false),
];
const yesNoMsg = (value: boolean | undefined): Msg => ({ id: value ? M.yes : M.no });

function summaryMsg(form: CallbackForm, state: SessionState, env: Env): Msg {
  return {
    id: M.summary,
    args: {
      number: form.phone?.display ?? '-',
      language: { id: 'language-name', locale: form.lang ?? state.locale ?? env.defaultLocale },
      when: { id: slotLabel(form.slot ?? 'any') },
      voicemail: yesNoMsg(form.voicemail),
      sayorg: yesNoMsg(form.sayOrg),
      code: typeof form.code === 'string' ? form.code : { id: M.codeNone },
    },
  };
}

function content(
  node: FlowNode,
  state: SessionState,
  form: CallbackForm,
  env: Env,
  fresh: boolean,
): { body: Msg[]; options: Option[]; display: Screen['display'] } {
  const cancel = opt(CANCEL, M.cancelButton);
  switch (form.step) {
    case 'phone': {
      const body: Msg[] = [...(fresh && !form.editing && !form.phone ? [{ id: node.text }] : []), { id: M.askPhone }];
      if (form.chat) body.push({ id: M.askPhoneChat, args: { number: form.chat.display } });
      return { body, options: [...(form.chat ? [opt('phone:chat', M.useChatButton)] : []), cancel], display: 'prompt' };
    }
    case 'phone-ok':
      return {
        body: [{ id: M.confirmPhone, args: { number: form.phone?.display ?? '-' } }],
        options: [opt('phone:yes', M.rightButton), opt('phone:change', M.changeButton), cancel],
        display: 'menu',
      };
    case 'lang': {
      const chosen = form.lang ?? state.locale;
      const options = env.locales.map((l) => ({
        key: `lang:${l}`,
        label: { id: 'language-name', locale: l },
        ...(l === chosen ? { selected: true } : {}),
      }));
      return { body: [{ id: M.askLanguage }], options: [...options, cancel], display: 'menu' };
    }
    case 'when':
      return {
        body: [{ id: M.askWhen }],
        options: [...CALLBACK_SLOTS.map((s) => opt(`when:${s}`, slotLabel(s), s === form.slot)), cancel],
        display: 'menu',
      };
    case 'voicemail':
      return { body: [{ id: M.askVoicemail }], options: [...yesNo('vm', form.voicemail), cancel], display: 'menu' };
    case 'org':
      return { body: [{ id: M.askOrg }], options: [...yesNo('org', form.sayOrg), cancel], display: 'menu' };
    case 'code':
      return { body: [{ id: M.askCode }], options: [opt('code:skip', M.skipButton), cancel], display: 'prompt' };
    case 'code-ok':
      return {
        body: [{ id: M.confirmCode, args: { code: form.code ?? '' } }],
        options: [opt('code:yes', M.rightButton), opt('code:change', M.changeButton), cancel],
        display: 'menu',
      };
    case 'summary':
      return {
        body: [summaryMsg(form, state, env)],
        options: [opt('send', M.sendButton), opt('edit', M.editButton), cancel],
        display: 'menu',
      };
    case 'edit':
      return {
        body: [{ id: M.editWhich }],
        options: [...FIELDS.map(([key, , label]) => opt(`edit:${key}`, label)), opt('edit:done', M.backToSummary)],
        display: 'menu',
      };
    case 'pending':
    case 'withdraw': {
      const p = form.pending!;
      const status: Msg = { id: p.status === 'claimed' ? M.statusClaimed : M.statusOpen };
      const pending: Msg = { id: M.pending, args: { when: { id: slotLabel(p.slot) }, last: p.last, status } };
      if (form.step === 'withdraw')
        return {
          body: [{ id: M.withdrawConfirm }],
          options: [opt('withdraw:yes', M.withdrawYes), opt('withdraw:no', M.withdrawNo)],
          display: 'menu',
        };
      return { body: [pending], options: [opt('withdraw', M.withdrawButton)], display: 'menu' };
    }
  }
}

function screenFor(node: FlowNode, state: SessionState, env: Env, before: Msg[] = []): Screen {
  const form = readForm(state);
  const { body, options, display } = content(node, state, form, env, before.length === 0);
  return { kind: 'screen', node: node.id, display, body: [...before, ...body], options, nav: navFor(node, state, env) };
}

/** Returns `state` holding `form` as its node data. */
function withForm(state: SessionState, form: CallbackForm): SessionState {
  return { ...state, data: { ...form } };
}

function ask(node: FlowNode, state: SessionState, form: CallbackForm, env: Env, before: Msg[] = []): NodeResult {
  const next = withForm(state, form);
  return { state: next, outbox: [screenFor(node, next, env, before)] };
}

/** The question after `step`, or the summary when an answer was being changed. */
function after(step: CallbackStep, form: CallbackForm): CallbackStep {
  if (form.editing) return 'summary';
  const base = step === 'phone-ok' ? 'phone' : step === 'code-ok' ? 'code' : step;
  return ORDER[ORDER.indexOf(base) + 1] ?? 'summary';
}

function answered(
  node: FlowNode,
  state: SessionState,
  form: CallbackForm,
  env: Env,
  patch: Partial<CallbackForm>,
): NodeResult {
  const merged: CallbackForm = { ...form, ...patch };
  const step = after(form.step, merged);
  const { editing: _e, ...rest } = merged;
  return ask(node, state, step === 'summary' ? { ...rest, step } : { ...merged, step }, env);
}

/** A notice, then home (the form's answers go with the node data). */
function home(state: SessionState, notice: Msg): NodeResult {
  return { state, outbox: [{ kind: 'notice', body: [notice] }], go: { home: true } };
}

/** Asks the app to act and waits for its outcome (a resume) before showing anything. */
function act(
  node: FlowNode,
  state: SessionState,
  action: string,
  data?: Readonly<Record<string, unknown>>,
): NodeResult {
  return { state, effects: [{ type: 'action', action, node: node.id, ...(data ? { data } : {}) }], quiet: true };
}

function onText(node: FlowNode, state: SessionState, form: CallbackForm, text: string, env: Env): NodeResult | null {
  if (form.step === 'phone' || form.step === 'phone-ok') {
    const checked = checkPhone(text, env);
    if (!checked.ok)
      return ask(node, state, { ...form, step: 'phone' }, env, [
        { id: checked.reason === 'letters' ? M.phoneLetters : M.phoneInvalid },
      ]);
    return ask(node, state, { ...form, phone: checked.phone, step: 'phone-ok' }, env);
  }
  if (form.step === 'code' || form.step === 'code-ok') {
    const code = checkCode(text);
    if (code === null) return ask(node, state, { ...form, step: 'code' }, env, [{ id: M.codeInvalid }]);
    return ask(node, state, { ...form, code, step: 'code-ok' }, env);
  }
  return null; // a button question: the engine answers "please use the buttons"
}

function onChoice(node: FlowNode, state: SessionState, form: CallbackForm, key: string, env: Env): NodeResult | null {
  const [head, value] = key.split(':', 2) as [string, string | undefined];
  switch (form.step) {
    case 'phone':
      return key === 'phone:chat' && form.chat
        ? answered(node, state, { ...form, step: 'phone-ok' }, env, { phone: form.chat })
        : null;
    case 'phone-ok':
      if (key === 'phone:yes' && form.phone) return answered(node, state, form, env, {});
      return key === 'phone:change' ? ask(node, state, { ...form, step: 'phone' }, env) : null;
    case 'lang':
      return head === 'lang' && value && env.locales.includes(value)
        ? answered(node, state, form, env, { lang: value })
        : null;
    case 'when':
      return head === 'when' && (CALLBACK_SLOTS as readonly string[]).includes(value ?? '')
        ? answered(node, state, form, env, { slot: value as CallbackForm['slot'] })
        : null;
    case 'voicemail':
    case 'org': {
      const prefix = form.step === 'voicemail' ? 'vm' : 'org';
      if (head !== prefix || (value !== 'yes' && value !== 'no')) return null;
      return answered(
        node,
        state,
        form,
        env,
        form.step === 'voicemail' ? { voicemail: value === 'yes' } : { sayOrg: value === 'yes' },
      );
    }
    case 'code':
      return key === 'code:skip' ? answered(node, state, form, env, { code: null }) : null;
    case 'code-ok':
      if (key === 'code:yes') return answered(node, state, form, env, {});
      return key === 'code:change' ? ask(node, state, { ...form, step: 'code' }, env) : null;
    case 'summary':
      if (key === 'edit') return ask(node, state, { ...form, step: 'edit' }, env);
      return key === 'send' ? submit(node, state, form, env) : null;
    case 'edit': {
      if (key === 'edit:done') return ask(node, state, { ...form, step: 'summary' }, env);
      const field = FIELDS.find(([k]) => `edit:${k}` === key);
      return field ? ask(node, state, { ...form, step: field[1], editing: true }, env) : null;
    }
    case 'pending':
      return key === 'withdraw' ? ask(node, state, { ...form, step: 'withdraw' }, env) : null;
    case 'withdraw':
      if (key === 'withdraw:no') return ask(node, state, { ...form, step: 'pending' }, env, [{ id: M.kept }]);
      if (key !== 'withdraw:yes' || !form.pending) return null;
      return act(node, state, CALLBACK_ACTIONS.withdraw, { id: form.pending.id });
  }
}

function submit(node: FlowNode, state: SessionState, form: CallbackForm, env: Env): NodeResult {
  const missing = ORDER.find(
    (s) =>
      (s === 'phone' && !form.phone) ||
      (s === 'when' && !form.slot) ||
      (s === 'voicemail' && form.voicemail === undefined) ||
      (s === 'org' && form.sayOrg === undefined),
  );
  if (missing) return ask(node, state, { ...form, step: missing }, env);
  const data = {
    phone: form.phone!,
    language: form.lang ?? state.locale ?? env.defaultLocale,
    slot: form.slot!,
    voicemail: form.voicemail!,
    sayOrg: form.sayOrg!,
    code: form.code ?? null,
  };
  return act(node, state, CALLBACK_ACTIONS.submit, data);
}

/** Back goes one question back; on the first question (or a pending request) it leaves, as anywhere else. */
function back(node: FlowNode, state: SessionState, form: CallbackForm, env: Env): NodeResult | null {
  if (form.editing || form.step === 'edit')
    return ask(node, state, { ...form, editing: false, step: 'summary' } as CallbackForm, env);
  const previous: Partial<Record<CallbackStep, CallbackStep>> = {
    'phone-ok': 'phone',
    lang: 'phone',
    when: 'lang',
    voicemail: 'when',
    org: 'voicemail',
    code: 'org',
    'code-ok': 'code',
    summary: 'code',
    withdraw: 'pending',
  };
  const to = previous[form.step];
  return to ? ask(node, state, { ...form, step: to }, env) : null;
}

function resumed(node: FlowNode | undefined, state: SessionState, event: CallbackResume, env: Env): NodeResult | null {
  if (!node) return null;
  const form = readForm(state);
  switch (event.action) {
    case 'callback_open':
      if (event.result === 'unavailable') return home(state, { id: M.unavailable });
      if (event.result === 'pending') return ask(node, state, { step: 'pending', pending: event.data.pending }, env);
      // On WhatsApp a phone-based chat id is the person's number: the app found it, the form offers it.
      if (event.result === 'form' && event.data.chat) return ask(node, state, { ...form, chat: event.data.chat }, env);
      return ask(node, state, form, env);
    case 'callback_submit':
      if (event.result === 'sent')
        return home(state, { id: M.sent, args: { when: { id: slotLabel(event.data.slot) } } });
      // Sent twice at once (two taps): the second one shows the request the first one made.
      if (event.result === 'duplicate') return ask(node, state, { step: 'pending', pending: event.data.pending }, env);
      return home(state, { id: M.unavailable });
    case 'callback_withdraw':
      if (event.result === 'failed') return home(state, { id: M.unavailable });
      return home(state, { id: event.result === 'withdrawn' ? M.withdrawn : M.alreadyClosed });
  }
}

const STATUS_NOTICE: Readonly<Record<CallbackNotify['what'], string>> = {
  done: M.done,
  missed: M.missed,
  cancelled: M.cancelledByStaff,
};

/**
 * A callback request form: phone number (validated, confirmed), language,
 * when, voicemail, saying the organisation's name, an optional code word,
 * then a summary to send, change or cancel. One question at a time; Cancel
 * and /menu leave at any point and the answers go with the node data. The
 * app looks for a pending request on arrival (`callback_open`: the form, the
 * pending request instead, or "cannot be taken"), stores the request
 * (`callback_submit`) and cancels it (`callback_withdraw`); what staff do
 * with it later reaches the person as notifications on the `callback` topic.
 * Cases: tests/kernel/engine/nodes/callback.yaml; app side: tests/features/callbacks/callbacks.test.ts.
 */
export const callbackNode: NodeType = {
  type: 'callback',
  returnsHome: true,
  owns: { actions: Object.values(CALLBACK_ACTIONS), topics: [CALLBACK_TOPIC] },
  screen: (node, state, env) => screenFor(node, state, env),
  enter: (node, state) => act(node, withForm(state, { step: 'phone' }), CALLBACK_ACTIONS.open),
  handle: (node, state, event, env) => {
    const form = readForm(state);
    if (event.type === 'command') return event.name === 'back' ? back(node, state, form, env) : null;
    if (event.type === 'text') return onText(node, state, form, event.text, env);
    if (event.type !== 'choice') return null;
    if (event.key === CANCEL && form.step !== 'pending' && form.step !== 'withdraw')
      return home(state, { id: M.cancelled });
    return onChoice(node, state, form, event.key, env);
  },
  resume: (node, state, event: ResumeEvent | NotifyEvent, env) => {
    if (event.type === 'resume') return resumed(node, state, event as CallbackResume, env);
    const id = STATUS_NOTICE[(event as CallbackNotify).what];
    return id ? { state, outbox: [{ kind: 'notice', body: [{ id }] }], quiet: true } : null;
  },
  targets: () => [],
};
