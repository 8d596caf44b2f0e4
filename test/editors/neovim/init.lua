-- POA in Neovim 0.7+ with the built-in LSP client, no plugin (docs/editors.md).
-- The headless test (run.sh) loads this very file, so the documented set-up is
-- the tested one. POA_SERVER overrides the command (default: poa-language-server
-- from `npm install -g`).

-- Filetype: *.poa is POA.
vim.cmd([[autocmd BufRead,BufNewFile *.poa setfiletype poa]])

local server = vim.env.POA_SERVER and { 'node', vim.env.POA_SERVER, '--stdio' } or { 'poa-language-server', '--stdio' }

local function root_of(file)
  -- The nearest folder with a .git, else the file's own folder.
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  return git ~= '' and vim.fn.fnamemodify(git, ':p:h:h') or dir
end

local clients = {}

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'poa',
  callback = function(args)
    local root = root_of(vim.api.nvim_buf_get_name(args.buf))
    if not clients[root] then
      clients[root] = vim.lsp.start_client({ name = 'poa', cmd = server, root_dir = root })
    end
    vim.lsp.buf_attach_client(args.buf, clients[root])
  end,
})

-- :PoaPreview renders the instrument to HTML through the server and opens it in the browser
-- (the server's `poa.server.preview` command, the one the "Open preview" code lens runs).
vim.api.nvim_create_user_command('PoaPreview', function()
  local params = { command = 'poa.server.preview', arguments = { vim.uri_from_bufnr(0) } }
  vim.lsp.buf_request(0, 'workspace/executeCommand', params, function(err, result)
    if err then vim.notify(err.message, vim.log.levels.ERROR) return end
    local opener = vim.fn.has('mac') == 1 and 'open' or 'xdg-open'
    if vim.fn.executable(opener) == 1 then vim.fn.jobstart({ opener, result.file }, { detach = true }) end
    vim.notify('POA preview: ' .. result.file)
  end)
end, {})
