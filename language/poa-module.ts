/**
 * Dependency injection for the language core: the services every host (the
 * CLI, the tests, the language server) shares. Nothing here speaks LSP; the
 * server adds its providers on top in `server/poa-lsp-module.ts`.
 */
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type Module, type PartialLangiumCoreServices, type PartialLangiumSharedCoreServices
} from 'langium';
import { PoaGeneratedModule, PoaGeneratedSharedModule, PoaLanguageMetaData } from './generated/module.js';
import { PoaDocumentFactory } from './langium/poa-document-factory.js';
import { PoaParserErrorMessageProvider } from './langium/parser-messages.js';
import { createPoaCompletionParser, createPoaParser, lazyCompletionParser, poaLanguageMetaData } from './langium/poa-parser.js';
import { PoaTokenBuilder } from './langium/poa-token-builder.js';
import { PoaLexer } from './langium/poa-lexer.js';
import { PoaValueConverter } from './langium/poa-value-converter.js';
import { PoaLinker } from './langium/poa-linker.js';
import { PoaAstNodeDescriptionProvider } from './langium/poa-node-descriptions.js';
import { PoaReferenceDescriptionProvider } from './langium/poa-reference-index.js';
import { PoaIndexManager } from './langium/poa-index-manager.js';
import { PoaNameProvider } from './langium/poa-name-provider.js';
import { PoaReferences } from './langium/poa-references.js';
import { PoaScopeComputation } from './langium/poa-scope-computation.js';
import { PoaScopeProvider } from './langium/poa-scope-provider.js';
import { PoaDocumentValidator } from './langium/poa-document-validator.js';
import { CheckClock, PoaValidationRegistry } from './validation/poa-validator.js';

/** Services the POA language adds to Langium's. Checks register here as they land. */
export interface PoaAddedServices {
    poa: {
        /** The date the checks treat as today (pin it in tests). */
        clock: CheckClock;
    };
}

export type PoaServices = LangiumCoreServices & PoaAddedServices;

export const PoaModule: Module<PoaServices, PartialLangiumCoreServices & PoaAddedServices> = {
    LanguageMetaData: () => poaLanguageMetaData(PoaLanguageMetaData),
    parser: {
        LangiumParser: (services) => createPoaParser(services),
        CompletionParser: (services) => lazyCompletionParser(() => createPoaCompletionParser(services)),
        TokenBuilder: () => new PoaTokenBuilder(),
        Lexer: (services) => new PoaLexer(services),
        ValueConverter: () => new PoaValueConverter(),
        ParserErrorMessageProvider: () => new PoaParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: (services) => new PoaScopeComputation(services),
        ScopeProvider: (services) => new PoaScopeProvider(services),
        Linker: (services) => new PoaLinker(services),
        NameProvider: () => new PoaNameProvider(),
        References: (services) => new PoaReferences(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new PoaReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: (services) => new PoaAstNodeDescriptionProvider(services)
    },
    validation: {
        ValidationRegistry: (services) => new PoaValidationRegistry(services),
        DocumentValidator: (services) => new PoaDocumentValidator(services)
    },
    poa: {
        clock: () => new CheckClock()
    }
};

/** Shared services the POA language replaces, in every host: an edit inside one clause re-parses that clause only. */
export const PoaSharedModule: Module<LangiumSharedCoreServices, PartialLangiumSharedCoreServices> = {
    workspace: {
        LangiumDocumentFactory: (services) => new PoaDocumentFactory(services),
        IndexManager: (services) => new PoaIndexManager(services)
    }
};

/** The core services for hosts without a language server (CLI, tests). */
export function createPoaServices(context: DefaultSharedCoreModuleContext): { shared: LangiumSharedCoreServices; Poa: PoaServices } {
    const shared = inject(createDefaultSharedCoreModule(context), PoaGeneratedSharedModule, PoaSharedModule);
    const Poa = inject(createDefaultCoreModule({ shared }), PoaGeneratedModule, PoaModule);
    shared.ServiceRegistry.register(Poa);
    return { shared, Poa };
}
