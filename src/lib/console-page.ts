// A staff console page as its own lazy chunk (nothing of the console reaches the citizens' start
// bundle) that renders once the console's texts and the account's (for the sign-in state) are there.
// Each feature's console/routes.tsx builds its pages with it; `load` first loads the feature's texts.
import { type Component, createComponent, lazy } from "solid-js";
import { consoleLanguage, FixedLanguage, loadTexts } from "./i18n";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound as solid's lazy()
export const consolePage = <T extends Component<any>>(load: () => Promise<{ default: T }>) =>
  lazy(() =>
    Promise.all([load(), loadTexts("staff"), loadTexts("account")]).then(([module]) => ({
      // The console speaks German or English only (its texts are not translated further).
      default: ((props: Parameters<T>[0]) =>
        createComponent(FixedLanguage.Provider, {
          value: consoleLanguage,
          get children() {
            return createComponent(module.default, props);
          },
        })) as T,
    })),
  );
