// antd's `Input` brings its TextArea, Password and OTP along (about 6 kB gzipped). Fields that
// are only a line of text or a search box, as every filter bar and the shell's search are, take
// these two instead, so a list screen's first load goes without the rest.
export { default as Input } from 'antd/es/input/Input'
export { default as SearchInput } from 'antd/es/input/Search'
