// The citizen account's pages, each its own chunk (loaded when first visited).
import { Route } from "@solidjs/router";
import { type Component, lazy } from "solid-js";
import { loadTexts } from "../../lib/i18n";

/** A page chunk that renders once the account's texts are there too. */
const page = (load: () => Promise<{ default: Component }>) =>
  lazy(() => Promise.all([load(), loadTexts("account")]).then(([module]) => module));

export const accountRoutes = (
  <>
    <Route path="/konto" component={page(() => import("./AccountPage"))} />
    <Route path="/konto/registrieren" component={page(() => import("./SignUpPage"))} />
    <Route path="/konto/bestaetigen" component={page(() => import("./VerifyEmailPage"))} />
    <Route path="/konto/passwort-vergessen" component={page(() => import("./ForgotPasswordPage"))} />
    <Route path="/konto/passwort-neu" component={page(() => import("./NewPasswordPage"))} />
    <Route path="/konto/daten" component={page(() => import("./ProfilePage"))} />
    <Route path="/konto/dokumente" component={page(() => import("./DocumentsPage"))} />
    <Route path="/konto/postfach" component={page(() => import("./PostboxPage"))} />
    <Route path="/konto/postfach/:id" component={page(() => import("./MessagePage"))} />
    <Route path="/konto/sicherheit" component={page(() => import("./SecurityPage"))} />
    <Route path="/konto/datenschutz" component={page(() => import("./PrivacyPage"))} />
  </>
);
