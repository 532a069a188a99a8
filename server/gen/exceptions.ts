/**
 * Python tracebacks for the *_exception actions, in the text format authentik's
 * `exception_to_string` produces, and the legacy structured `context.exception` dict.
 */
import type { Random } from './random.js';

interface Frame {
  file: string;
  line: number;
  fn: string;
  code: string;
}

interface Failure {
  /** `package.module.ClassName` as printed on the last traceback line. */
  type: string;
  message: string;
  frames: Frame[];
}

const FAILURES: readonly Failure[] = [
  {
    type: 'kubernetes.client.exceptions.ApiException',
    message: '(403)\nReason: Forbidden\nHTTP response body: {"kind":"Status","reason":"Forbidden","code":403}',
    frames: [
      { file: '/authentik/outposts/tasks.py', line: 161, fn: 'outpost_controller', code: 'logs = getattr(controller, f"{action}_with_logs")()' },
      { file: '/authentik/outposts/controllers/kubernetes.py', line: 92, fn: 'up_with_logs', code: 'reconciler.up()' },
      { file: '/authentik/outposts/controllers/k8s/base.py', line: 88, fn: 'up', code: 'current = self.retrieve()' },
    ],
  },
  {
    type: 'authentik.policies.exceptions.PolicyException',
    message: "NameError: name 'reques' is not defined",
    frames: [
      { file: '/authentik/policies/process.py', line: 110, fn: 'execute', code: 'policy_result = self.binding.passes(self.request)' },
      { file: '/authentik/policies/models.py', line: 119, fn: 'passes', code: 'return self.policy.passes(request)' },
      { file: '/authentik/policies/expression/models.py', line: 47, fn: 'passes', code: 'return evaluator.evaluate(self.expression)' },
      { file: '/authentik/lib/expression/evaluator.py', line: 226, fn: 'evaluate', code: 'exec(ast_obj, self._globals, _locals)' },
    ],
  },
  {
    type: 'authentik.core.expression.exceptions.PropertyMappingExpressionException',
    message: "KeyError: 'department'",
    frames: [
      { file: '/authentik/core/expression/evaluator.py', line: 78, fn: 'evaluate', code: 'return super().evaluate(*args, **kwargs)' },
      { file: '/authentik/lib/expression/evaluator.py', line: 229, fn: 'evaluate', code: 'result = _locals["result"]' },
      { file: '/authentik/providers/oauth2/views/userinfo.py', line: 93, fn: 'get_claims', code: 'value = scope.evaluate(user=user, request=self.request, provider=provider)' },
    ],
  },
  {
    type: 'ldap3.core.exceptions.LDAPSocketOpenError',
    message: 'socket connection error while opening: [Errno 111] Connection refused',
    frames: [
      { file: '/authentik/sources/ldap/tasks.py', line: 120, fn: 'ldap_sync', code: 'count = sync_inst.sync(page)' },
      { file: '/authentik/sources/ldap/sync/users.py', line: 47, fn: 'sync', code: 'for user in page_data:' },
      { file: '/ak-root/venv/lib/python3.13/site-packages/ldap3/strategy/sync.py', line: 98, fn: 'open', code: 'BaseStrategy.open(self, reset_usage, read_server_info)' },
    ],
  },
  {
    type: 'smtplib.SMTPAuthenticationError',
    message: "(535, b'5.7.8 Username and Password not accepted')",
    frames: [
      { file: '/authentik/stages/email/tasks.py', line: 102, fn: 'send_mail', code: 'backend.send_messages([message_object])' },
      { file: '/ak-root/venv/lib/python3.13/site-packages/django/core/mail/backends/smtp.py', line: 128, fn: 'send_messages', code: 'new_conn_created = self.open()' },
      { file: '/usr/local/lib/python3.13/smtplib.py', line: 750, fn: 'login', code: 'raise last_exception' },
    ],
  },
  {
    type: 'django.db.utils.OperationalError',
    message: 'connection to server at "postgresql" (10.0.4.12), port 5432 failed: FATAL:  sorry, too many clients already',
    frames: [
      { file: '/authentik/root/middleware.py', line: 260, fn: '__call__', code: 'response = self.get_response(request)' },
      { file: '/ak-root/venv/lib/python3.13/site-packages/django/db/backends/base/base.py', line: 256, fn: 'connect', code: 'self.connection = self.get_new_connection(conn_params)' },
      { file: '/ak-root/venv/lib/python3.13/site-packages/psycopg/connection.py', line: 117, fn: 'connect', code: 'raise last_ex.with_traceback(None)' },
    ],
  },
  {
    type: 'ValueError',
    message: 'Invalid isoformat string: \'2026-13-01\'',
    frames: [
      { file: '/authentik/events/system_tasks.py', line: 74, fn: 'run', code: 'return super().run(*args, **kwargs)' },
      { file: '/authentik/enterprise/lifecycle/tasks.py', line: 58, fn: 'apply_lifecycle_rules', code: 'due = datetime.fromisoformat(rule.attributes["due"])' },
    ],
  },
];

function pickFailure(r: Random): Failure {
  const f = r.pick(FAILURES);
  return { ...f, frames: f.frames.map((fr) => ({ ...fr, line: fr.line + r.int(0, 3) })) };
}

/** A traceback string: header, `File … line … in …` frames each followed by the code line, final error line. */
export function tracebackText(r: Random): string {
  const f = pickFailure(r);
  const lines = ['Traceback (most recent call last):'];
  for (const fr of f.frames) lines.push(`  File "${fr.file}", line ${fr.line}, in ${fr.fn}`, `    ${fr.code}`);
  lines.push(`${f.type}: ${f.message}`);
  return lines.join('\n');
}

/** The older structured form: `{exc_type, exc_value, frames: [{filename, lineno, name, line}]}`. */
export function legacyException(r: Random): Record<string, unknown> {
  const f = pickFailure(r);
  return {
    exc_type: f.type.split('.').pop() ?? f.type,
    exc_value: f.message,
    frames: f.frames.map((fr) => ({ filename: fr.file, lineno: fr.line, name: fr.fn, line: fr.code })),
  };
}
