/**
 * Settings: Langium's provider, except that it registers for
 * `workspace/didChangeConfiguration` only with a client that declared dynamic
 * registration of it (eglot, for one, does not, and warns at every start when
 * asked). Settings are still fetched with `workspace/configuration`.
 */
import { DefaultConfigurationProvider, type ConfigurationInitializedParams } from 'langium';
import type { InitializeParams } from 'vscode-languageserver';

export class PoaConfigurationProvider extends DefaultConfigurationProvider {
    private canRegister = false;

    override initialize(params: InitializeParams): void {
        this.canRegister = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
        super.initialize(params);
    }

    override async initialized(params: ConfigurationInitializedParams): Promise<void> {
        return super.initialized(this.canRegister ? params : { ...params, register: undefined });
    }
}
