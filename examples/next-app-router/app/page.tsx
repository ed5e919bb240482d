export default function HomePage() {
  return (
    <>
      <h1>Welcome to the shop</h1>
      <p>
        <a href="/account">Your account</a>
      </p>
    </>
  )
}
