-- POA in Neovim with nvim-lspconfig (docs/editors.md): lspconfig has no POA
-- entry, so the server is registered as a custom one. Tested with nvim-lspconfig
-- v0.1.6 (the last for Neovim 0.7) by `NVIM_LSPCONFIG=<checkout> run.sh`.
if vim.env.NVIM_LSPCONFIG then vim.opt.runtimepath:append(vim.env.NVIM_LSPCONFIG) end

-- Filetype: *.poa is POA.
vim.cmd([[autocmd BufRead,BufNewFile *.poa setfiletype poa]])

local lspconfig = require('lspconfig')
local configs = require('lspconfig.configs')
if not configs.poa then
  configs.poa = {
    default_config = {
      cmd = vim.env.POA_SERVER and { 'node', vim.env.POA_SERVER, '--stdio' } or { 'poa-language-server', '--stdio' },
      filetypes = { 'poa' },
      root_dir = lspconfig.util.root_pattern('.git'),
      single_file_support = true,
    },
  }
end
lspconfig.poa.setup({})
