/**
 * The language server's services: Langium's default LSP services, the core
 * POA module (`language/poa-module.ts`: scoping, checks) and the POA
 * providers, one per file in this folder.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { PoaGeneratedModule, PoaGeneratedSharedModule } from '../language/generated/module.js';
import { PoaModule, PoaSharedModule, type PoaAddedServices } from '../language/poa-module.js';
import { PoaCodeActionProvider } from './code-action-provider.js';
import { watchClientSupport } from './client-support.js';
import { PoaCodeLensProvider } from './code-lens-provider.js';
import { PoaConfigurationProvider } from './configuration-provider.js';
import { PoaDocumentUpdateHandler } from './document-update-handler.js';
import { PoaExecuteCommandHandler } from './execute-command-handler.js';
import { PoaDefinitionProvider } from './definition-provider.js';
import { PoaDocumentHighlightProvider } from './document-highlight-provider.js';
import { PoaDocumentSymbolProvider } from './document-symbol-provider.js';
import { PoaFoldingRangeProvider } from './folding-range-provider.js';
import { PoaHoverProvider } from './hover-provider.js';
import { PoaReferencesProvider } from './references-provider.js';
import { PoaRenameProvider } from './rename-provider.js';
import { PoaSemanticTokenProvider } from './semantic-token-provider.js';
import { createSizeGuardedParser, SizeGuardedCompletionProvider, SizeGuardedFormatter, SizeGuardedValidator } from './size-guard.js';
import { PoaDocumentBuilder } from './document-builder.js';
import { PoaWorkspaceManager } from './workspace-manager.js';

export type PoaLspServices = LangiumServices & PoaAddedServices;

export const PoaLspModule: Module<PoaLspServices, PartialLangiumServices> = {
    // Huge files get one diagnostic instead of a parse (size-guard.ts).
    parser: { LangiumParser: (s) => createSizeGuardedParser(s) },
    validation: { DocumentValidator: (s) => new SizeGuardedValidator(s) },
    lsp: {
        CompletionProvider: (s) => new SizeGuardedCompletionProvider(s),
        HoverProvider: (s) => new PoaHoverProvider(s),
        DocumentSymbolProvider: () => new PoaDocumentSymbolProvider(),
        FoldingRangeProvider: (s) => new PoaFoldingRangeProvider(s),
        DocumentHighlightProvider: (s) => new PoaDocumentHighlightProvider(s),
        DefinitionProvider: (s) => new PoaDefinitionProvider(s),
        ReferencesProvider: (s) => new PoaReferencesProvider(s),
        RenameProvider: (s) => new PoaRenameProvider(s),
        Formatter: (s) => new SizeGuardedFormatter(s),
        SemanticTokenProvider: (s) => new PoaSemanticTokenProvider(s),
        CodeLensProvider: (s) => new PoaCodeLensProvider(s.shared),
        CodeActionProvider: () => new PoaCodeActionProvider()
    }
};

export const PoaSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        WorkspaceManager: (s) => new PoaWorkspaceManager(s),
        // No didChangeConfiguration registration with a client that cannot take it.
        ConfigurationProvider: (s) => new PoaConfigurationProvider(s),
        DocumentBuilder: (s) => new PoaDocumentBuilder(s)
    },
    lsp: {
        // Watches `**/*.poa` only.
        DocumentUpdateHandler: (s) => new PoaDocumentUpdateHandler(s),
        // Commands any editor can run from the code lenses (preview, status).
        ExecuteCommandHandler: (s) => new PoaExecuteCommandHandler(s)
    }
};

/** The server's services: for the real server (with a connection) and for tests (without). */
export function createPoaLspServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Poa: PoaLspServices } {
    const shared = inject(createDefaultSharedModule(context), PoaGeneratedSharedModule, PoaSharedModule as Module<LangiumSharedServices, PartialLangiumSharedServices>, PoaSharedLspModule);
    const Poa = inject(createDefaultModule({ shared }), PoaGeneratedModule, PoaModule as Module<PoaLspServices, PoaAddedServices>, PoaLspModule);
    shared.ServiceRegistry.register(Poa);
    watchClientSupport(shared);
    return { shared, Poa };
}
